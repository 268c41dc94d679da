package com.adhocsupport.interfaces.download.msi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stamping the real support app (wix/target/AdHocSupport.msi, built before this module), checked
 * with msitools' own reader: the new values are there and every other table is as built.
 */
class MsiPackageTest {

    private static final Path BUILT = Path.of(System.getProperty("adhoc.test.msi", "../wix/target/AdHocSupport.msi"));
    private static final String CA = "MIIBszCCAVmgAwIBAgIUZ".repeat(100);

    @TempDir
    Path dir;

    @Test
    void stampsTheServerAndItsCaAndChangesNothingElse() throws Exception {
        byte[] built = Files.readAllBytes(BUILT);
        MsiPackage msi = new MsiPackage(built);
        assertEquals(properties(BUILT).get("SERVERURL").strip(), msi.property("SERVERURL"), "the build's default is read");
        assertEquals("", msi.property("SERVERCA"), "no CA by default");

        msi.setProperty("SERVERURL", "https://support.example.com:8443/adhoc");
        msi.setProperty("SERVERCA", CA);
        Path stamped = dir.resolve("stamped.msi");
        Files.write(stamped, msi.bytes());

        Map<String, String> before = properties(BUILT);
        Map<String, String> after = properties(stamped);
        assertEquals("https://support.example.com:8443/adhoc", after.remove("SERVERURL").strip());
        assertEquals(CA, after.remove("SERVERCA").strip());
        before.remove("SERVERURL");
        before.remove("SERVERCA");
        assertEquals(before, after, "the other properties");
        for (String table : new String[] {"File", "Registry", "ServiceInstall", "Component", "LaunchCondition"}) {
            assertEquals(export(BUILT, table), export(stamped, table), table + " table");
        }
        assertArrayEquals(Files.readAllBytes(BUILT), built, "the built package is not touched");
    }

    @Test
    void refusesWhatDoesNotFit() throws Exception {
        MsiPackage msi = new MsiPackage(Files.readAllBytes(BUILT));
        var tooLong = assertThrows(IllegalArgumentException.class,
                () -> msi.setProperty("SERVERURL", "https://" + "x".repeat(600) + ".example.com"));
        assertTrue(tooLong.getMessage().contains("SERVERURL has room for 512 characters"), tooLong.getMessage());
        var nonAscii = assertThrows(IllegalArgumentException.class, () -> msi.setProperty("SERVERURL", "https://bücher.example"));
        assertTrue(nonAscii.getMessage().contains("ASCII"), nonAscii.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class, () -> msi.setProperty("NOSUCH", "1"));
        assertTrue(unknown.getMessage().contains("no property NOSUCH"), unknown.getMessage());
        var notMsi = assertThrows(IllegalArgumentException.class, () -> new MsiPackage(new byte[4096]));
        assertTrue(notMsi.getMessage().contains("not a compound file"), notMsi.getMessage());
    }

    private static Map<String, String> properties(Path msi) throws IOException, InterruptedException {
        Map<String, String> values = new TreeMap<>();
        for (String line : export(msi, "Property").split("\r?\n")) {
            String[] cells = line.split("\t", 2);
            values.put(cells[0], cells.length > 1 ? cells[1] : "");
        }
        return values;
    }

    private static String export(Path msi, String table) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("msiinfo", "export", msi.toString(), table).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "msiinfo export " + table + ": " + out);
        return out;
    }
}
