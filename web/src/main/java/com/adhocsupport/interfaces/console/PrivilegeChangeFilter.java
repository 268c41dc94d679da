package com.adhocsupport.interfaces.console;

import com.adhocsupport.interfaces.security.ConsoleSecurity;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends a console sign-in whose privileges changed since it began: the roles the container granted
 * at sign-in no longer match the technician's current role, or the technician was deactivated.
 * The session is invalidated (its id is worthless from then on) and the browser goes to the login
 * page, so the next sign-in gets a new session id with the privileges the technician has now.
 */
@WebFilter(urlPatterns = "/app/*")
public class PrivilegeChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CHANGED_PARAMETER = "accessChanged";

    @Inject
    private CurrentTechnician me;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && signInOutdated(request)) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml?" + CHANGED_PARAMETER);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The technician (read fresh, active ones only) no longer holds the roles this sign-in was given. */
    private boolean signInOutdated(HttpServletRequest request) {
        return me.find().map(profile -> profile.isAdministrator() != request.isUserInRole(ConsoleSecurity.ADMINISTRATOR))
                .orElse(true);
    }
}
