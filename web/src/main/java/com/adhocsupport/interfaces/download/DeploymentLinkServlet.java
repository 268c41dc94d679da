package com.adhocsupport.interfaces.download;

import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.Invitation;
import com.adhocsupport.application.config.AdHocSettings;
import com.adhocsupport.application.throttle.SourceThrottle;
import com.adhocsupport.application.throttle.Throttled;
import com.adhocsupport.interfaces.download.msi.MsiPackage;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /d/<token>}: the page of a deployment link, and {@code /d/<token>/AdHocSupport_<token>.msi}:
 * the support app, its own messages (launch conditions) in the page's language. The file name
 * carries the token so that the installed agent knows its session.
 * A dead link (ended, expired or replaced) shows the product's expiry message. Look-ups of dead or
 * unknown links are counted per source address; past the limit the address gets HTTP 429.
 */
@WebServlet("/d/*")
public class DeploymentLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DeploymentLinkServlet.class.getName());
    private static final Pattern PATH = Pattern.compile("^/([A-Za-z0-9_-]{43})(/AdHocSupport_\\1\\.msi)?$");
    static final String MSI_RESOURCE = "/WEB-INF/agent/AdHocSupport.msi";

    @EJB
    private AdHocSessionService sessions;

    @Inject
    private AdHocSettings settings;

    @Inject
    private SourceThrottle throttle;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DeploymentPage page = new DeploymentPage(request.getLocale(), request.getContextPath());
        Optional<Duration> wait = throttle.take(Throttled.DEPLOYMENT_LINK, request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            response.setHeader("Retry-After", String.valueOf(seconds));
            page.write(response, 429, page.throttled((seconds + 59) / 60));
            return;
        }
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Invitation> invitation = path.matches() ? sessions.invitation(path.group(1)) : Optional.empty();
        invitation.ifPresent(found -> throttle.giveBack(Throttled.DEPLOYMENT_LINK, request.getRemoteAddr()));
        if (invitation.isEmpty()) {
            page.write(response, HttpServletResponse.SC_GONE, page.expired());
        } else if (!isWindows(request.getHeader("User-Agent"))) {
            page.write(response, HttpServletResponse.SC_OK, page.windowsOnly());
        } else if (path.group(2) == null) {
            page.write(response, HttpServletResponse.SC_OK, page.instructions(invitation.get(),
                    request.getContextPath() + "/d/" + path.group(1) + "/AdHocSupport_" + path.group(1) + ".msi"));
        } else {
            sendMsi(response, page.locale(), "AdHocSupport_" + path.group(1) + ".msi");
        }
    }

    private void sendMsi(HttpServletResponse response, Locale language, String fileName) throws IOException {
        byte[] msi;
        try (InputStream built = builtPackage(language)) {
            if (built == null) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The support app is not part of this build.");
                return;
            }
            msi = stampedForThisServer(built.readAllBytes());
        } catch (IllegalStateException | IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "cannot offer the support app: " + e.getMessage(), e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The support app cannot be downloaded right now. Please tell your support technician.");
            return;
        }
        response.setContentType("application/x-msi");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(msi.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(msi);
        }
    }

    /** The package whose messages are in the page's language; the English one otherwise. */
    private InputStream builtPackage(Locale language) {
        InputStream localized = getServletContext().getResourceAsStream(
                MSI_RESOURCE.replace(".msi", "." + language.getLanguage() + ".msi"));
        return localized != null ? localized : getServletContext().getResourceAsStream(MSI_RESOURCE);
    }

    /**
     * The MSI with this server's public address and, with a private CA, that CA as the
     * defaults of SERVERURL and SERVERCA, so the installed agent reaches (and trusts) this
     * server. A value already right is left alone, so an MSI built and signed for this server
     * keeps its signature.
     */
    private byte[] stampedForThisServer(byte[] built) {
        MsiPackage msi = new MsiPackage(built);
        stamp(msi, "SERVERURL", settings.publicUrl());
        stamp(msi, "SERVERCA", settings.agentTrustedCa().orElse(""));
        return msi.bytes();
    }

    private static void stamp(MsiPackage msi, String property, String value) {
        if (!msi.property(property).equals(value)) {
            msi.setProperty(property, value);
        }
    }

    /** Windows desktops only; phones that mention Windows are not PCs. */
    static boolean isWindows(String userAgent) {
        return userAgent != null && userAgent.contains("Windows NT") && !userAgent.contains("Windows Phone");
    }
}
