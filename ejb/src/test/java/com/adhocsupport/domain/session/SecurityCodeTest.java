package com.adhocsupport.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every line of the table the agent's tests read too: the server reads each typed text the same way. */
class SecurityCodeTest {

    /** Relative to the ejb module, where the tests run. */
    private static final Path CASES = Path.of("../docs/security-code-cases.txt");
    private static final Pattern LINE = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\" (\\S+)");

    private record Case(String typed, String expected, String line) {
    }

    @TestFactory
    Stream<DynamicTest> everyLineOfTheTable() throws IOException {
        List<Case> cases = cases();
        assertFalse(cases.isEmpty(), "no cases in " + CASES);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.line(), () -> check(c)));
    }

    private static void check(Case c) {
        Optional<SecurityCode> code = SecurityCode.parse(c.typed());
        switch (c.expected()) {
            case "empty" -> {
                assertEquals(Optional.of(SecurityCode.Flaw.EMPTY), SecurityCode.flawOf(c.typed()));
                assertTrue(code.isEmpty());
            }
            case "invalid" -> {
                assertEquals(Optional.of(SecurityCode.Flaw.INVALID), SecurityCode.flawOf(c.typed()));
                assertTrue(code.isEmpty());
            }
            default -> {
                assertEquals(Optional.empty(), SecurityCode.flawOf(c.typed()));
                assertEquals(c.expected(), code.orElseThrow().digits());
            }
        }
    }

    @Test
    void noTextIsEmpty() {
        assertEquals(Optional.of(SecurityCode.Flaw.EMPTY), SecurityCode.flawOf(null));
    }

    @Test
    void aCodeNeverShowsItsDigits() {
        assertFalse(SecurityCode.parse("123456789").orElseThrow().toString().contains("123"));
    }

    private static List<Case> cases() throws IOException {
        return Files.readAllLines(CASES, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(SecurityCodeTest::parse)
                .toList();
    }

    private static Case parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a case: " + line);
        }
        return new Case(unescape(m.group(1)), m.group(2), line);
    }

    /** The table's escapes: \" \\ \t \r \n and \\uXXXX. */
    private static String unescape(String quoted) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char e = quoted.charAt(++i);
            switch (e) {
                case '"', '\\' -> text.append(e);
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'n' -> text.append('\n');
                case 'u' -> {
                    text.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + quoted);
            }
        }
        return text.toString();
    }
}
