package com.adhocsupport.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The release bundle's documents state the defaults of adhoc-defaults.properties, the one source
 * install.sh and the application read: INSTALL.md's key table is exactly the one rendered from it,
 * and adhoc-install.properties.example names every key once, with its default where it has one.
 */
class InstallDocumentsTest {

    private static final String TABLE_HEADER = "| key | default | meaning |";
    private static final Pattern EXAMPLE_LINE = Pattern.compile("^([a-z][a-z0-9.-]*)=(.*)$");

    /** One line of the defaults file: {@code key = default | kind[, flags] | meaning}. */
    private record Setting(String key, String defaultValue, String kind, String meaning) {

        String defaultColumn() {
            if (!defaultValue.isEmpty()) {
                return "`" + defaultValue + "`";
            }
            return kind.contains("required") ? "required" : "none";
        }
    }

    @Test
    void installGuideTableIsTheDefaultsFile() throws IOException {
        List<String> expected = new ArrayList<>(List.of(TABLE_HEADER, "|---|---|---|"));
        settings().values().forEach(s -> expected.add("| `" + s.key() + "` | " + s.defaultColumn() + " | " + s.meaning() + " |"));

        List<String> guide = Files.readAllLines(releaseFolder().resolve("INSTALL.md"), StandardCharsets.UTF_8);
        int start = guide.indexOf(TABLE_HEADER);
        assertTrue(start >= 0, "INSTALL.md has no table headed " + TABLE_HEADER);
        List<String> table = guide.subList(start, guide.size()).stream().takeWhile(line -> line.startsWith("|")).toList();
        assertEquals(String.join("\n", expected), String.join("\n", table),
                "INSTALL.md's key table must be the one adhoc-defaults.properties gives (paste the expected one)");
    }

    @Test
    void exampleNamesEveryKeyOnceWithItsDefault() throws IOException {
        Map<String, Setting> settings = settings();
        Map<String, String> example = new LinkedHashMap<>();
        for (String line : Files.readAllLines(releaseFolder().resolve("adhoc-install.properties.example"), StandardCharsets.UTF_8)) {
            Matcher m = EXAMPLE_LINE.matcher(line);
            if (m.matches()) {
                assertTrue(example.put(m.group(1), m.group(2)) == null, "the example sets " + m.group(1) + " twice");
            }
        }
        assertEquals(List.copyOf(settings.keySet()), List.copyOf(example.keySet()),
                "the example's keys are the defaults file's, in its order");
        settings.values().stream().filter(s -> !s.defaultValue().isEmpty()).forEach(s ->
                assertEquals(s.defaultValue(), example.get(s.key()), "the example shows the default of " + s.key()));
    }

    @Test
    void everySettingHasAKnownKind() throws IOException {
        Set<String> kinds = Set.of("url", "host", "port", "name", "text", "secret", "file", "certificate", "address", "addresses",
                "boolean", "positive", "duration", "rate", "mail");
        for (Setting s : settings().values()) {
            String[] parts = s.kind().split(",");
            assertTrue(kinds.contains(parts[0].trim()), s.key() + ": unknown kind " + parts[0]);
            for (int i = 1; i < parts.length; i++) {
                assertTrue(Set.of("required", "property").contains(parts[i].trim()), s.key() + ": unknown flag " + parts[i]);
            }
            assertTrue(!s.meaning().isEmpty(), s.key() + " has a meaning");
        }
    }

    /** The defaults file as the application reads it (its classpath resource), in its order. */
    private static Map<String, Setting> settings() throws IOException {
        Map<String, Setting> settings = new LinkedHashMap<>();
        try (InputStream in = InstallDocumentsTest.class.getResourceAsStream("/adhoc-defaults.properties")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] keyAndRest = line.split("=", 2);
                String[] fields = keyAndRest[1].split("\\|", -1);
                assertEquals(3, fields.length, "default | kind | meaning: " + line);
                String key = keyAndRest[0].trim();
                settings.put(key, new Setting(key, fields[0].trim(), fields[1].trim(), fields[2].trim()));
            }
        }
        return settings;
    }

    /**
     * The release bundle's sources (INSTALL.md beside the example), wherever the build keeps them
     * in this repository; build output and tools' folders are not searched.
     */
    private static Path releaseFolder() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return Set.of("target", ".git", ".adhoc-run", "node_modules").contains(name)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().equals("adhoc-install.properties.example")) {
                    found.add(file.getParent());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // a folder this user may not read holds no sources
            }
        });
        assertEquals(1, found.size(), "one adhoc-install.properties.example in " + root + ": " + found);
        return found.get(0);
    }
}
