package com.adhocsupport.interfaces.download;

import com.adhocsupport.application.AdHocSessionService.Invitation;
import static com.adhocsupport.infrastructure.i18n.LocalizedText.escapeHtml;

import com.adhocsupport.infrastructure.i18n.LocalizedText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The HTML of the deployment link page in the visitor's language. */
final class DeploymentPage {

    private final LocalizedText text;
    private final Locale locale;

    DeploymentPage(Locale requested) {
        this.text = new LocalizedText("com.adhocsupport.interfaces.download.DeploymentMessages", requested,
                DeploymentPage.class.getClassLoader());
        this.locale = text.locale();
    }

    String instructions(Invitation invitation, String downloadPath) {
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(invitation.validUntil()) + " UTC";
        return "<h1>" + escapeHtml(text.format("title")) + "</h1>"
                + "<p>" + escapeHtml(text.format("intro", invitation.technicianName(), invitation.companyName())) + "</p>"
                + "<p><a class=\"button\" id=\"download\" href=\"" + escapeHtml(downloadPath) + "\">" + escapeHtml(text.format("download")) + "</a></p>"
                + "<ol><li>" + escapeHtml(text.format("step1")) + "</li><li>" + escapeHtml(text.format("step2")) + "</li><li>" + escapeHtml(text.format("step3"))
                + "</li></ol><p class=\"note\">" + escapeHtml(text.format("validUntil", until)) + "</p>";
    }

    String expired() {
        return "<h1>" + escapeHtml(text.format("expired.title")) + "</h1><p id=\"message\">" + escapeHtml(text.format("expired.message")) + "</p>";
    }

    String throttled(long minutes) {
        return "<h1>" + escapeHtml(text.format("title")) + "</h1><p id=\"message\">" + escapeHtml(text.format("throttled", minutes)) + "</p>";
    }

    String windowsOnly() {
        return "<h1>" + escapeHtml(text.format("title")) + "</h1><p id=\"message\">" + escapeHtml(text.format("windowsOnly")) + "</p>";
    }

    void write(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escapeHtml(text.format("title"))
                + "</title><style>body{font-family:Segoe UI,Arial,sans-serif;color:#1f2933;max-width:40rem;margin:3rem auto;"
                + "padding:0 1rem;line-height:1.5}.button{display:inline-block;padding:.7rem 1.2rem;background:#0b5cad;"
                + "color:#fff;border-radius:4px;text-decoration:none}.note{color:#52606d}</style></head><body>"
                + body + "</body></html>");
    }
}
