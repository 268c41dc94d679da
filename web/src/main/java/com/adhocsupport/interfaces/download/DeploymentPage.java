package com.adhocsupport.interfaces.download;

import com.adhocsupport.application.AdHocSessionService.Invitation;
import static com.adhocsupport.application.i18n.LocalizedText.escapeHtml;

import com.adhocsupport.application.i18n.LocalizedText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The HTML of the deployment link page in the visitor's language; its look comes from
 * {@code resources/css/deployment.css} (the page's policy allows no inline style).
 */
final class DeploymentPage {

    private final LocalizedText text;
    private final Locale locale;
    private final String contextPath;

    DeploymentPage(Locale requested, String contextPath) {
        this.contextPath = contextPath;
        this.text = new LocalizedText("com.adhocsupport.interfaces.download.DeploymentMessages", requested,
                DeploymentPage.class.getClassLoader());
        this.locale = text.locale();
    }

    /** The language the page is in: one the product speaks, or English. */
    Locale locale() {
        return locale;
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
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escapeHtml(text.format("title"))
                + "</title><link rel=\"stylesheet\" href=\"" + escapeHtml(contextPath) + "/resources/css/deployment.css\"></head><body>"
                + body + "</body></html>");
    }
}
