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
 * Guards first-run setup: every path that starts with /setup (with any suffix, parameters or
 * case) answers 404 once setup has happened; before that, /setup shows the setup page.
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
        String path = request.getRequestURI().substring(request.getContextPath().length()).toLowerCase(Locale.ROOT);
        if (!path.startsWith("/setup")) {
            chain.doFilter(request, response);
            return;
        }
        if (done || (done = setup.isSetUp())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (path.equals("/setup") || path.equals("/setup/")) {
            request.getRequestDispatcher(SETUP_PAGE).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
