package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.SetupService;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Guards first-run setup at the door: once setup has happened, every path that means the setup
 * page answers 404. It decides on the path as the container resolved it (decoded, without path
 * parameters, dot segments resolved), with repeated slashes, trailing slashes and dots and case
 * folded away. Before setup, {@code /setup} shows the setup page. The page itself refuses too
 * ({@link SetupPage#refuseWhenSetUp()}), so a spelling this filter did not foresee still finds nothing.
 */
@WebFilter(urlPatterns = "/*")
public class SetupFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String SETUP_PAGE = "/setup.xhtml";

    @EJB
    private SetupService setup;

    /** Setup never becomes undone, so "done" is safe to remember; "not done" is asked every time. */
    private volatile boolean done;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = folded(request);
        if (!meansSetup(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (done || (done = setup.isSetUp())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (path.equals("/setup")) {
            request.getRequestDispatcher(SETUP_PAGE).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** {@code /setup}, {@code /setup.xhtml}, {@code /setup/anything}, and the same under {@code /faces}. */
    static boolean meansSetup(String folded) {
        String path = folded.startsWith("/faces/") ? folded.substring("/faces".length()) : folded;
        return path.equals("/setup") || path.startsWith("/setup/") || path.startsWith("/setup.")
                || path.startsWith("/setup;") || path.startsWith("/setup%");
    }

    /** The resolved path in lower case, repeated slashes made one, trailing slashes, dots and spaces dropped. */
    static String folded(HttpServletRequest request) {
        String resolved = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String path = resolved.toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        int end = path.length();
        while (end > 1 && "/. ".indexOf(path.charAt(end - 1)) >= 0) {
            end--;
        }
        return path.substring(0, end);
    }
}
