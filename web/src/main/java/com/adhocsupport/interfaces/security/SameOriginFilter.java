package com.adhocsupport.interfaces.security;

import com.adhocsupport.application.config.AdHocSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Cross-site request forgery guard for every form post, beside JSF's view state and SameSite
 * cookies: a POST whose Origin (or, without one, Referer) names another site is refused.
 * The request's own host and the configured public address both count as this site.
 */
@WebFilter(urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdHocSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equalsIgnoreCase(request.getMethod()) && !fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            String referer = request.getHeader("Referer");
            if (referer == null || referer.isBlank()) {
                return true; // nothing to compare: the SameSite=Strict session cookie still protects
            }
            origin = referer;
        }
        return isSameSite(origin, request.getScheme() + "://" + request.getHeader("Host"), settings.publicUrl());
    }

    /** Whether {@code origin} names this site: {@code ownUrl} (the request's) or {@code publicUrl}. */
    public static boolean isSameSite(String origin, String ownUrl, String publicUrl) {
        String claimed = originOf(origin);
        return claimed != null && (claimed.equals(originOf(ownUrl)) || claimed.equals(originOf(publicUrl)));
    }

    /** scheme://host:port in lower case, with the default port made explicit; null when unreadable. */
    static String originOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return (uri.getScheme() + "://" + uri.getHost() + ":" + port).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
