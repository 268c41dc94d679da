package com.adhocsupport.infrastructure.mail;

import static com.adhocsupport.application.i18n.LocalizedText.escapeHtml;

import com.adhocsupport.application.i18n.LocalizedText;
import java.util.Locale;

/** The words of the invitation e-mail in one language, from the {@code InvitationMessages} bundles. */
final class InvitationText {

    private final LocalizedText text;

    InvitationText(Locale locale) {
        this.text = new LocalizedText("com.adhocsupport.infrastructure.mail.InvitationMessages", locale,
                InvitationText.class.getClassLoader());
    }

    String subject(String company) {
        return text.format("subject", company);
    }

    String plain(String technician, String company, String link, String validUntil) {
        return String.join("\n\n",
                text.format("greeting"),
                text.format("intro", technician, company),
                text.format("step1") + "\n" + link,
                text.format("step2"),
                text.format("step3"),
                text.format("validity", validUntil),
                text.format("windowsOnly"),
                text.format("ignore"));
    }

    String html(String technician, String company, String link, String validUntil) {
        String safeLink = escapeHtml(link);
        return "<!DOCTYPE html><html lang=\"" + text.locale().getLanguage() + "\"><body style=\"font-family:Segoe UI,Arial,sans-serif;"
                + "color:#1f2933;max-width:560px\">"
                + "<p>" + escapeHtml(text.format("greeting")) + "</p>"
                + "<p>" + escapeHtml(text.format("intro", technician, company)) + "</p>"
                + "<ol><li>" + escapeHtml(text.format("step1")) + "<br><a href=\"" + safeLink + "\" style=\"display:inline-block;"
                + "margin:8px 0;padding:10px 16px;background:#0b5cad;color:#fff;text-decoration:none;border-radius:4px\">"
                + escapeHtml(text.format("button")) + "</a><br><small>" + safeLink + "</small></li>"
                + "<li>" + escapeHtml(text.format("step2")) + "</li>"
                + "<li>" + escapeHtml(text.format("step3")) + "</li></ol>"
                + "<p>" + escapeHtml(text.format("validity", validUntil)) + "</p>"
                + "<p><small>" + escapeHtml(text.format("windowsOnly")) + " " + escapeHtml(text.format("ignore")) + "</small></p>"
                + "</body></html>";
    }
}
