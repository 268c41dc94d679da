package com.adhocsupport.interfaces.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Instants on pages: rendered in UTC for the page itself, and marked up so the page script
 * shows them in the browser's own time zone.
 */
@Named("times")
@ApplicationScoped
public class Times {

    /** A dash for no moment at all (such as "Online since" of an offline PC), which the page script leaves as it is. */
    public String utc(Instant instant) {
        if (instant == null) {
            return "\u2014";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
