package com.adhocsupport.interfaces.download;

import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.Invitation;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /d/<token>}: the page of a deployment link, and {@code /d/<token>/AdHocSupport_<token>.msi}:
 * the support app. The file name carries the token so that the installed agent knows its session.
 * A dead link (ended, expired or replaced) shows the product's expiry message.
 */
@WebServlet("/d/*")
public class DeploymentLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/([A-Za-z0-9_-]{43})(/AdHocSupport_\\1\\.msi)?$");
    static final String MSI_RESOURCE = "/WEB-INF/agent/AdHocSupport.msi";

    @EJB
    private AdHocSessionService sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Invitation> invitation = path.matches() ? sessions.invitation(path.group(1)) : Optional.empty();
        DeploymentPage page = new DeploymentPage(request.getLocale());
        if (invitation.isEmpty()) {
            page.write(response, HttpServletResponse.SC_GONE, page.expired());
        } else if (!isWindows(request.getHeader("User-Agent"))) {
            page.write(response, HttpServletResponse.SC_OK, page.windowsOnly());
        } else if (path.group(2) == null) {
            page.write(response, HttpServletResponse.SC_OK, page.instructions(invitation.get(),
                    request.getContextPath() + "/d/" + path.group(1) + "/AdHocSupport_" + path.group(1) + ".msi"));
        } else {
            sendMsi(response, "AdHocSupport_" + path.group(1) + ".msi");
        }
    }

    private void sendMsi(HttpServletResponse response, String fileName) throws IOException {
        try (InputStream msi = getServletContext().getResourceAsStream(MSI_RESOURCE)) {
            if (msi == null) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The support app is not part of this build.");
                return;
            }
            response.setContentType("application/x-msi");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            try (OutputStream out = response.getOutputStream()) {
                msi.transferTo(out);
            }
        }
    }

    /** Windows desktops only; phones that mention Windows are not PCs. */
    static boolean isWindows(String userAgent) {
        return userAgent != null && userAgent.contains("Windows NT") && !userAgent.contains("Windows Phone");
    }
}
