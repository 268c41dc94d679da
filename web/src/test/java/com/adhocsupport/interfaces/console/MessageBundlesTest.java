package com.adhocsupport.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language of the console says everything the English bundle says: a key a translation
 * lacks shows its English text (or, in a page script, nothing), and a placeholder it lacks or
 * invents shows the wrong number, or a raw {1}, to the technician.
 */
class MessageBundlesTest {

    private static final String ENGLISH = "Messages.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    /** The translations next to the English bundle: Messages_de.properties, Messages_es.properties... */
    static Stream<String> translations() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("Messages_") && name.endsWith(".properties")).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translations")
    void aTranslationHasExactlyTheKeysOfTheEnglishBundle(String translation) throws IOException {
        Set<String> english = load(ENGLISH).stringPropertyNames();
        Set<String> translated = load(translation).stringPropertyNames();
        SortedSet<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        SortedSet<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> translation + " lacks " + missing.size() + " keys of "
                + ENGLISH + ": " + missing + "; it has " + extra.size() + " keys " + ENGLISH + " lacks: " + extra);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translations")
    void aTranslationHasThePlaceholdersOfTheEnglishText(String translation) throws IOException {
        Properties english = load(ENGLISH);
        Properties translated = load(translation);
        List<String> differing = new ArrayList<>();
        for (String key : new TreeSet<>(translated.stringPropertyNames())) {
            if (english.containsKey(key)) {
                SortedSet<Integer> expected = placeholders(english.getProperty(key));
                SortedSet<Integer> actual = placeholders(translated.getProperty(key));
                if (!expected.equals(actual)) {
                    differing.add(key + " has " + braces(actual) + " where English has " + braces(expected));
                }
            }
        }
        assertTrue(differing.isEmpty(), () -> translation + ": " + String.join("; ", differing));
    }

    /** The argument numbers a text uses: {0}, {1,number} and {1} give 0 and 1. */
    private static SortedSet<Integer> placeholders(String text) {
        SortedSet<Integer> numbers = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.valueOf(matcher.group(1)));
        }
        return numbers;
    }

    private static String braces(SortedSet<Integer> numbers) {
        return numbers.isEmpty() ? "no placeholder" : numbers.stream().map(n -> "{" + n + "}").toList().toString();
    }

    /** A bundle read as ResourceBundle reads it (UTF-8), refusing bytes that are not UTF-8 instead of guessing. */
    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(folder().resolve(name)), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            properties.load(reader);
        }
        return properties;
    }

    private static Path folder() {
        try {
            return Path.of(MessageBundlesTest.class.getResource(ENGLISH).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
