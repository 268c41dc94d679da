package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every page's answer carries the browser's defences, read off the wire: no framing, no inline
 * script or style, no content sniffing, no referrer leaving the site (none at all from a
 * deployment link), and no cached copy of a page. That the pages still work under that policy,
 * with no violation in the browser, every browser test proves (Console fails on a violation).
 */
class SecurityHeadersIT extends BrowserTest {

    /** The prober's own loopback address (see {@link LoopbackHttp}). */
    private static final String PROBE = "127.0.0.161";

    private static final String WINDOWS = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0";

    @Test
    void everyConsolePageForbidsFramingInlineScriptSniffingAndCaching() throws Exception {
        String cookie;
        try (Console console = Console.open()) {
            console.signInAsAdmin();
            cookie = console.sessionCookie();
        }
        List<String> missing = new ArrayList<>();
        for (String page : List.of("/app/adhoc.xhtml", "/app/computers.xhtml", "/app/connect.xhtml?session=1&feature=REMOTE_CONTROL",
                "/app/admin/technicians.xhtml", "/app/admin/account.xhtml", "/app/admin/audit.xhtml")) {
            LoopbackHttp.Response answer = new LoopbackHttp(PROBE).useSessionCookie(cookie).get(page);
            assertEquals(200, answer.status(), page + " as the signed-in administrator");
            missing.addAll(consoleDefencesMissing(page, answer));
        }
        for (String page : List.of("/login.xhtml", "/expired.xhtml", "/setup", "/setup.xhtml", "/error", "/no-such-page")) {
            missing.addAll(consoleDefencesMissing(page + " (signed out)", new LoopbackHttp(PROBE).get(page)));
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        // signed out, a console page is only a redirect (no body) to the login page above
        LoopbackHttp.Response signedOut = new LoopbackHttp(PROBE).get("/app/adhoc.xhtml");
        assertEquals(302, signedOut.status());
        assertTrue(signedOut.header("Location").orElse("").endsWith("/login.xhtml"), signedOut.headers().toString());
    }

    @Test
    void theDeploymentLinkPageSendsNoReferrerAndAllowsNothingButItsStylesheet() throws Exception {
        String link;
        try (Console technician = Console.open()) {
            String email = technician.signInAsAdmin().addTechnician("Hedda Headers", true);
            link = technician.signIn(email, Console.TECH_PASSWORD)
                    .invite("end-" + UUID.randomUUID() + "@customer.example", Fixtures.PASSWORD).link();
            technician.endOpenSession();
        }
        String path = link.substring(Console.BASE.length());
        for (String target : List.of(path, "/d/" + "x".repeat(43), "/d/short")) {
            LoopbackHttp.Response answer = new LoopbackHttp(PROBE).get(target, WINDOWS);
            assertEquals("no-referrer", answer.header("Referrer-Policy").orElse(null), target);
            String policy = answer.header("Content-Security-Policy").orElse(null);
            assertTrue(policy != null && policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"), target + ": " + policy);
            assertFalse(policy.contains("unsafe-inline"), policy);
            assertEquals("DENY", answer.header("X-Frame-Options").orElse(null), target);
            assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(null), target);
            assertEquals("no-store", answer.header("Cache-Control").orElse(null), target);
            assertFalse(answer.body().contains("<style") || answer.body().contains("style="), "no inline style: " + target);
        }
    }

    private static List<String> consoleDefencesMissing(String page, LoopbackHttp.Response answer) {
        List<String> missing = new ArrayList<>();
        String policy = answer.header("Content-Security-Policy").orElse(null);
        if (policy == null || !policy.contains("frame-ancestors 'none'") || !policy.contains("script-src 'self'")
                || !policy.contains("style-src 'self'") || policy.contains("unsafe-inline") || policy.contains("unsafe-eval")) {
            missing.add(page + ": Content-Security-Policy " + policy);
        }
        check(missing, page, answer, "X-Frame-Options", "DENY");
        check(missing, page, answer, "X-Content-Type-Options", "nosniff");
        check(missing, page, answer, "Referrer-Policy", "same-origin");
        check(missing, page, answer, "Cache-Control", "no-store");
        if (answer.body().contains("<script>") || answer.body().matches("(?s).*\\son[a-z]+=\".*")
                || answer.body().contains(" style=\"")) {
            missing.add(page + ": inline script, handler or style in the page");
        }
        return missing;
    }

    private static void check(List<String> missing, String page, LoopbackHttp.Response answer, String header, String expected) {
        if (!expected.equals(answer.header(header).orElse(null))) {
            missing.add(page + ": " + header + " " + answer.header(header).orElse(null));
        }
    }
}
