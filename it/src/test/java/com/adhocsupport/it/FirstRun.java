package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * First-run setup of the test server, through its page, as its operator does it: with the setup
 * token the server wrote into its data folder ({@code adhoc.setup.token-file}). Whichever test
 * reaches the fresh server first sets it up, and on the way proves what a stranger meets there:
 * the page without the token, or with a wrong one, creates nothing.
 */
final class FirstRun {

    /** What the fresh server showed before it was set up, kept for {@code SetupIT}. */
    record Proof(Set<PosixFilePermission> tokenFileMode, String token, String withoutToken, String withWrongToken) {
    }

    private static Proof proof;

    private FirstRun() {
    }

    static Path tokenFile() {
        return Path.of(System.getProperty("it.setup.token-file", "target/it-data/setup.token"));
    }

    /** The proof seen when this run set the server up; null when the server was set up before. */
    static synchronized Proof proof() {
        return proof;
    }

    static synchronized void ensureSetUp() throws Exception {
        if (Console.status("/setup") == 404) {
            return;
        }
        Path file = tokenFile();
        String token = read(file);
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        try (Console console = Console.open()) {
            String withoutToken = refused(console, null);
            String withWrongToken = refused(console, token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"));
            console.screenshot("setup-wrong-token");
            submit(console, token);
            console.waitForText("Setup is complete");
            proof = new Proof(mode, token, withoutToken, withWrongToken);
        }
    }

    /** Submits the form with a missing or wrong token; checks nothing was set up and returns what the page said. */
    private static String refused(Console console, String token) throws Exception {
        submit(console, token);
        String said = console.waitForAny("Enter the setup token.", "The setup token is wrong.");
        assertFalse(console.pageText().contains("Setup is complete"), "setup went through with the token " + token);
        assertNotEquals(404, Console.status("/setup"), "the refused attempt must not have set the server up");
        assertTrue(Files.exists(tokenFile()), "a refused attempt keeps the token");
        return said;
    }

    /** Fills the whole form with the token given (none when null) and sends it. */
    private static void submit(Console console, String token) {
        console.go("/setup");
        if (token != null) {
            console.type("setup-form:token", token);
        }
        console.type("setup-form:company", Console.COMPANY);
        console.type("setup-form:name", "Ada Admin");
        console.type("setup-form:email", Console.ADMIN_EMAIL);
        console.type("setup-form:password", Console.ADMIN_PASSWORD);
        console.type("setup-form:confirmation", Console.ADMIN_PASSWORD);
        console.click("setup-form:create");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("the fresh test server has no setup token at " + file, e);
        }
    }
}
