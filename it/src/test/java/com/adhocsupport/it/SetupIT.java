package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * First-run setup as a stranger meets it: a fresh server wants the operator's setup token, and
 * once set up the page is gone under every spelling of its address the server understands.
 * The requests go over a bare socket, so the server sees each spelling exactly as written.
 */
class SetupIT extends BrowserTest {

    /** The prober's own loopback address (see {@link LoopbackHttp}). */
    private static final String PROBE = "127.0.0.160";

    /** Every way to write the setup page's address that the server decodes or forgives. */
    static final List<String> SPELLINGS = List.of(
            "/setup", "/setup/", "/setup.xhtml", "/SETUP", "/Setup.xhtml", "/setup.XHTML",
            "/setup;jsessionid=x", "/setup;a=b/", "/setup.xhtml;jsessionid=x", "/setup.xhtml;a=b",
            "/%73etup", "/setu%70.xhtml", "/%73%65%74%75%70", "/%53ETUP", "/%2Fsetup", "/%2fsetup.xhtml",
            "/setup%2F", "//setup", "//setup.xhtml", "///setup.xhtml", "/x/../setup", "/x/../setup.xhtml",
            "/app/../setup.xhtml", "/./setup", "/./setup.xhtml", "/%2e/setup.xhtml", "/x/%2e%2e/setup.xhtml",
            "/setup/.", "/setup/./", "/setup.", "/setup.xhtml.", "/setup.xhtml/", "/setup//", "/setup%20",
            "/faces/setup.xhtml", "/faces/setup", "/setup/anything", "/setup.jsf", "/setup.faces",
            "/setup?token=x", "/setup.xhtml?token=x", "/setup%3bx=y", "/setup.xhtml%3bx=y", "/setup%00",
            "/setup.xhtml%00");

    @Test
    void aFreshServerWasSetUpOnlyWithItsToken() throws Exception {
        FirstRun.Proof proof = FirstRun.proof();
        assertNotNull(proof, "this run's server was set up by FirstRun, which records what the fresh server showed");
        assertEquals("Enter the setup token.", proof.withoutToken());
        assertEquals("The setup token is wrong.", proof.withWrongToken());
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), proof.tokenFileMode(),
                "only the server's user may read the token");
        assertEquals(43, proof.token().length(), "256 random bits in base64url");
        assertFalse(Files.exists(FirstRun.tokenFile()), "setup deletes the token file");

        String log = Files.readString(Path.of(System.getProperty("it.server.log")));
        assertTrue(log.contains("setup token written to " + FirstRun.tokenFile().toAbsolutePath()), "the log says where the token is");
        assertFalse(log.contains(proof.token()), "the log never shows the token");
    }

    @Test
    void afterSetupNoSpellingOfTheSetupAddressShowsTheForm() throws Exception {
        List<String> reached = new ArrayList<>();
        for (String path : SPELLINGS) {
            LoopbackHttp.Response answer = new LoopbackHttp(PROBE).get(path);
            if (answer.status() < 400 || answer.body().contains("setup-form")) {
                reached.add(path + " -> " + answer.status());
            }
        }
        assertTrue(reached.isEmpty(), "the setup page answered after setup: " + reached);
        assertTrue(SPELLINGS.size() >= 30);
    }

    @Test
    void afterSetupNoSpellingAcceptsTheSetupForm() throws Exception {
        String form = "setup-form=setup-form&setup-form%3Atoken=x&setup-form%3Acompany=Intruder&setup-form%3Aname=Eve"
                + "&setup-form%3Aemail=eve%40evil.example&setup-form%3Apassword=Eve-Pa55word-1"
                + "&setup-form%3Aconfirmation=Eve-Pa55word-1&setup-form%3Acreate=x&jakarta.faces.ViewState=stateless";
        List<String> reached = new ArrayList<>();
        for (String path : SPELLINGS) {
            LoopbackHttp.Response answer = new LoopbackHttp(PROBE).post(path, form);
            if (answer.status() < 400 || answer.body().contains("setup-form") || answer.body().contains("Setup is complete")) {
                reached.add(path + " -> " + answer.status());
            }
        }
        assertTrue(reached.isEmpty(), "a setup post was taken after setup: " + reached);
    }
}
