package com.adhocsupport.interfaces.download;

import com.adhocsupport.application.AdHocSessionService.Invitation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The HTML of the deployment link page in the visitor's language. */
final class DeploymentPage {

    private final Locale locale;
    private final ResourceBundle text;

    DeploymentPage(Locale requested) {
        this.text = ResourceBundle.getBundle("com.adhocsupport.interfaces.download.DeploymentMessages", requested,
                DeploymentPage.class.getClassLoader(),
                // without this, a visitor whose language we lack would get the server's default language
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = text.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : text.getLocale();
    }

    String instructions(Invitation invitation, String downloadPath) {
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(invitation.validUntil()) + " UTC";
        return "<h1>" + esc(get("title")) + "</h1>"
                + "<p>" + esc(get("intro", invitation.technicianName(), invitation.companyName())) + "</p>"
                + "<p><a class=\"button\" id=\"download\" href=\"" + esc(downloadPath) + "\">" + esc(get("download")) + "</a></p>"
                + "<ol><li>" + esc(get("step1")) + "</li><li>" + esc(get("step2")) + "</li><li>" + esc(get("step3"))
                + "</li></ol><p class=\"note\">" + esc(get("validUntil", until)) + "</p>";
    }

    String expired() {
        return "<h1>" + esc(get("expired.title")) + "</h1><p id=\"message\">" + esc(get("expired.message")) + "</p>";
    }

    String windowsOnly() {
        return "<h1>" + esc(get("title")) + "</h1><p id=\"message\">" + esc(get("windowsOnly")) + "</p>";
    }

    void write(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(get("title"))
                + "</title><style>body{font-family:Segoe UI,Arial,sans-serif;color:#1f2933;max-width:40rem;margin:3rem auto;"
                + "padding:0 1rem;line-height:1.5}.button{display:inline-block;padding:.7rem 1.2rem;background:#0b5cad;"
                + "color:#fff;border-radius:4px;text-decoration:none}.note{color:#52606d}</style></head><body>"
                + body + "</body></html>");
    }

    private String get(String key, Object... args) {
        return new MessageFormat(text.getString(key), locale).format(args);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
