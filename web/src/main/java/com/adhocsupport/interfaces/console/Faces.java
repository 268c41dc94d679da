package com.adhocsupport.interfaces.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;

/** Small helpers the screen beans share: localized messages, the caller's address, redirects. */
final class Faces {

    private Faces() {
    }

    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        // Only messages with placeholders go through MessageFormat (and only they double their apostrophes).
        return args.length == 0 || !pattern.contains("{") ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }

    /** A message shown near the field with this client id, or at the top of the page when it is null. */
    static void error(String clientId, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    static void info(String key, Object... args) {
        String text = text(key, args);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Tells the client to wait: HTTP 429 with Retry-After in seconds, and the message {@code key}
     * with the wait in whole minutes (rounded up) near {@code clientId}.
     */
    static void mustWait(Duration wait, String clientId, String key) {
        long seconds = Math.max(1, wait.toSeconds());
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        error(clientId, key, (seconds + 59) / 60);
    }

    static String remoteAddress() {
        return request().getRemoteAddr();
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
