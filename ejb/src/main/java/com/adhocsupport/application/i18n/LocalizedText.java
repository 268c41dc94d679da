package com.adhocsupport.application.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of one properties bundle in the requested language, or English when we lack it.
 * Never the server's default language: without the no-fallback control, a visitor whose
 * language we lack would get whatever the JVM runs in.
 */
public final class LocalizedText {

    private final ResourceBundle bundle;
    private final Locale locale;

    public LocalizedText(String baseName, Locale requested, ClassLoader loader) {
        this.bundle = ResourceBundle.getBundle(baseName, requested == null ? Locale.ENGLISH : requested, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** The language the texts are in. */
    public Locale locale() {
        return locale;
    }

    /** A text as written in the bundle. */
    public String plain(String key) {
        return bundle.getString(key);
    }

    /** A text through MessageFormat (such bundles write apostrophes doubled). */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Text made safe inside HTML elements and attribute values. */
    public static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
