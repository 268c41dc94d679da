package com.adhocsupport.interfaces.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser's part of the defence, on every response (error pages too): no framing, no script
 * or style but the site's own files, no content-type guessing, no referrer leaving the site (none
 * at all from a deployment link, whose address holds its token), and no copy of a page in any
 * cache (the Ad Hoc Support page shows the security code). Static files stay cacheable.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The console: its own scripts, styles and WebSockets; images also from data: and blob: (the viewer's cursors). */
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The deployment link page: a stylesheet and a download link, nothing else. */
    static final String DEPLOYMENT_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";
    private static final String DEPLOYMENT_LINKS = "/d/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = originalPath(request);
        boolean deploymentLink = path.startsWith(DEPLOYMENT_LINKS);
        response.setHeader("Content-Security-Policy", deploymentLink ? DEPLOYMENT_POLICY : CONSOLE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", deploymentLink ? "no-referrer" : "same-origin");
        if (!isStaticFile(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** The path the browser asked for, also while an error page answers it; without the context path. */
    private static String originalPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static boolean isStaticFile(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
