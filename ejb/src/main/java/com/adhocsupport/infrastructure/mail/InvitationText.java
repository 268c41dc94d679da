package com.adhocsupport.infrastructure.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the invitation e-mail in one language, from the {@code InvitationMessages} bundles. */
final class InvitationText {

    private final ResourceBundle bundle;
    private final Locale locale;

    InvitationText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("com.adhocsupport.infrastructure.mail.InvitationMessages", locale,
                InvitationText.class.getClassLoader(),
                // without this, a visitor whose language we lack would get the server's default language
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String subject(String company) {
        return format("subject", company);
    }

    String plain(String technician, String company, String link, String validUntil) {
        return String.join("\n\n",
                format("greeting"),
                format("intro", technician, company),
                format("step1") + "\n" + link,
                format("step2"),
                format("step3"),
                format("validity", validUntil),
                format("windowsOnly"),
                format("ignore"));
    }

    String html(String technician, String company, String link, String validUntil) {
        String safeLink = escape(link);
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body style=\"font-family:Segoe UI,Arial,sans-serif;"
                + "color:#1f2933;max-width:560px\">"
                + "<p>" + escape(format("greeting")) + "</p>"
                + "<p>" + escape(format("intro", technician, company)) + "</p>"
                + "<ol><li>" + escape(format("step1")) + "<br><a href=\"" + safeLink + "\" style=\"display:inline-block;"
                + "margin:8px 0;padding:10px 16px;background:#0b5cad;color:#fff;text-decoration:none;border-radius:4px\">"
                + escape(format("button")) + "</a><br><small>" + safeLink + "</small></li>"
                + "<li>" + escape(format("step2")) + "</li>"
                + "<li>" + escape(format("step3")) + "</li></ol>"
                + "<p>" + escape(format("validity", validUntil)) + "</p>"
                + "<p><small>" + escape(format("windowsOnly")) + " " + escape(format("ignore")) + "</small></p>"
                + "</body></html>";
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
