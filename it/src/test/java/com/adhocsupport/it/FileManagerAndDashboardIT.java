package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The File Manager and the Dashboard in the browser against the real agent under Wine: one PC
 * and one session for the class, with the company recording connections. Each step checks what
 * the technician sees on the page and what happened on the PC (its disk, its processes, its
 * service manager), with a screenshot; the last one plays the recordings back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FileManagerAndDashboardIT extends BrowserTest {

    private static final String ACCESS_PASSWORD = "Pc-Access-2026";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String WORK = "AdHoc Test";
    private static final String SERVICE = "AdHocTestService";
    private static final String SERVICE_DISPLAY = "AdHoc Test Service";
    private static final int MIB = 1024 * 1024;
    private static final String CREATED = "Neuer Ordner – Größe";
    private static final String RENAMED = "Relevé 2026 (copie)";

    /** "value|detail text|class" of a transfer's row, found by its name; null while the row is not there. */
    private static final String TRANSFER_ROW = "const row = [...document.querySelectorAll('.transfers .transfer')]"
            + ".find(r => r.querySelector('.transfer-name').textContent === arguments[0]);"
            + "return row ? row.querySelector('progress').value + '|' + row.querySelector('.transfer-detail').textContent"
            + " + '|' + row.className : null;";

    private static WinePc pc;
    private static Console console;
    private static String technician;
    private static Path msi;
    private static Path downloads;

    @BeforeAll
    static void installAndActivate() throws Exception {
        Path dir = Path.of(System.getProperty("it.wine.dir", "target/e2e-agent")).toAbsolutePath().resolveSibling("e2e-files-dashboard");
        pc = WinePc.boot(dir);
        console = Console.open();
        technician = console.signInAsAdmin().setRecording("ON").addTechnician("Fiona Files", true);
        Console.Invitation session = AgentEndToEndIT.invite(console, technician);
        msi = pc.download(session.token());
        assertEquals(0, pc.install(msi), "msiexec /i /qn");
        WinePc.await(pc::serviceState, "RUNNING"::equals, WAIT, "the agent service runs");
        pc.typeCode(session.code());
        WinePc.await(console::pageText, text -> text.contains("Session active"), WAIT, "the console shows the session active");
        downloads = Files.createDirectories(dir.resolve("browser-downloads"));
        console.downloadTo(downloads);
        Files.createDirectories(onThePc(WORK));
    }

    @AfterAll
    static void shutDown() throws Exception {
        try {
            if (console != null) {
                try {
                    console.signInAsAdmin().setRecording("OFF");
                } finally {
                    console.close();
                }
            }
        } finally {
            if (pc != null) {
                pc.close();
            }
        }
    }

    @Test
    void uploadsAFileShowingItsProgressAndThePcGetsTheSameBytes() throws Exception {
        Path local = Files.write(Files.createDirectories(downloads.resolveSibling("to-upload")).resolve("upload-24MiB.bin"),
                randomBytes(24 * MIB, 1));
        openWorkFolder();
        console.driver().findElement(By.cssSelector(".viewer-files input[type=file]")).sendKeys(local.toString());
        List<Double> seen = watchTransfer("upload-24MiB.bin", "fm-upload-progress", "Uploaded (");
        assertMovedThroughTheMiddle(seen);
        awaitRow("upload-24MiB.bin");
        console.screenshot("fm-uploaded");
        assertEquals(sha256(local), sha256(onThePc(WORK + "/upload-24MiB.bin")), "the PC has the bytes the browser sent");
    }

    @Test
    void downloadsAFileShowingItsProgressAndTheBrowserGetsTheSameBytes() throws Exception {
        Path onPc = Files.write(onThePc(WORK + "/pc-report-16MiB.bin"), randomBytes(16 * MIB, 2));
        openWorkFolder();
        select("pc-report-16MiB.bin");
        toolbar("Download").click();
        List<Double> seen = watchTransfer("pc-report-16MiB.bin", "fm-download-progress", "Saved (");
        assertMovedThroughTheMiddle(seen);
        console.screenshot("fm-downloaded");
        assertEquals(sha256(onPc), sha256(awaitDownload("pc-report-16MiB.bin", Files.size(onPc))),
                "the browser saved the bytes the PC has");
    }

    @Test
    void downloadsAFolderAsAZipWithEveryFileAndFolderInIt() throws Exception {
        Path folder = Files.createDirectories(onThePc(WORK + "/Fotos Café"));
        Files.writeString(folder.resolve("notes ü.txt"), "Grüße aus dem Büro\r\n");
        Files.write(Files.createDirectories(folder.resolve("sub")).resolve("data.bin"), randomBytes(3 * MIB, 3));
        Files.createDirectories(folder.resolve("sub/empty"));
        openWorkFolder();
        select("Fotos Café");
        toolbar("Download").click();
        watchTransfer("Fotos Café.zip", "fm-zip-progress", "Saved (");
        console.screenshot("fm-zip-saved");
        Path zip = awaitDownload("Fotos Café.zip", -1);
        assertEquals(contentOf(folder), contentOf(zip), "the ZIP holds the folder's files and folders, byte for byte");
    }

    @Test
    void createsRenamesAndDeletesAFolderWithTheNameAPersonTypes() throws Exception {
        String created = CREATED;
        String renamed = RENAMED;
        openWorkFolder();
        toolbar("New folder").click();
        answerDialog(created, "Create");
        awaitRow(created);
        assertTrue(Files.isDirectory(onThePc(WORK + "/" + created)), "the folder is on the PC's disk");
        console.screenshot("fm-created");

        select(created);
        toolbar("Rename").click();
        answerDialog("bad:name", "Rename");
        console.waitForText("This name is not valid: it cannot contain \\ / : * ? \" < > | or end with a dot or a space.");
        console.screenshot("fm-rename-refused");
        assertTrue(Files.isDirectory(onThePc(WORK + "/" + created)), "a refused name changes nothing on the PC");

        select(created);
        toolbar("Rename").click();
        answerDialog(renamed, "Rename");
        awaitRow(renamed);
        assertFalse(Files.exists(onThePc(WORK + "/" + created)), "the old name is gone from the PC's disk");
        assertTrue(Files.isDirectory(onThePc(WORK + "/" + renamed)), "the new name is on the PC's disk");
        assertTrue(rows().stream().noneMatch(created::equals), "the old name is gone from the page");
        console.screenshot("fm-renamed");

        select(renamed);
        toolbar("Delete").click();
        answerDialog(null, "Delete");
        console.waitUntil(() -> rows().stream().noneMatch(renamed::equals));
        assertFalse(Files.exists(onThePc(WORK + "/" + renamed)), "the folder is gone from the PC's disk");
        console.screenshot("fm-deleted");
    }

    @Test
    void endsAProcessThatRunsOnThePc() throws Exception {
        long pid = startMinesweeper();
        console.connect("DASHBOARD", ACCESS_PASSWORD, false).click("dash-tab-processes").type("dash-filter-processes", "winemine");
        By row = By.xpath("//section[@id='dash-panel-processes']//tr[td[1][normalize-space()='winemine.exe']]");
        awaitListed(row);
        console.screenshot("dash-process-listed");
        console.driver().findElement(row).findElement(By.xpath(".//button[normalize-space()='End process']")).click();
        console.waitForText("End \"winemine.exe\"");
        answerDialog(null, "End process");
        console.waitForText("winemine.exe was ended.");
        console.waitUntil(() -> console.driver().findElements(row).isEmpty());
        console.screenshot("dash-process-ended");
        WinePc.await(() -> commandOf(pid), String::isEmpty, WAIT, "Minesweeper no longer runs on the PC");
    }

    @Test
    void stopsAndStartsAServiceInstalledOnThePc() throws Exception {
        pc.run("\"$WINE\" sc create " + SERVICE + " binPath= 'C:\\windows\\system32\\wuauserv.exe' DisplayName= '"
                + SERVICE_DISPLAY + "' start= demand >/dev/null; \"$WINE\" sc start " + SERVICE + " >/dev/null");
        WinePc.await(this::testServiceState, "RUNNING"::equals, WAIT, "the test's service runs on the PC");
        console.connect("DASHBOARD", ACCESS_PASSWORD, false).click("dash-tab-services").type("dash-filter-services", SERVICE_DISPLAY);
        By row = By.xpath("//section[@id='dash-panel-services']//tr[td[1]/div[normalize-space()='" + SERVICE_DISPLAY + "']]");
        awaitServiceShown(row, "Running");
        console.screenshot("dash-service-running");

        console.driver().findElement(row).findElement(By.xpath(".//button[normalize-space()='Stop']")).click();
        console.waitForText(SERVICE_DISPLAY + " was stopped.");
        awaitServiceShown(row, "Stopped");
        assertEquals("STOPPED", testServiceState(), "sc query on the PC");
        console.screenshot("dash-service-stopped");

        console.driver().findElement(row).findElement(By.xpath(".//button[normalize-space()='Start']")).click();
        console.waitForText(SERVICE_DISPLAY + " was started.");
        awaitServiceShown(row, "Running");
        assertEquals("RUNNING", testServiceState(), "sc query on the PC");
        console.screenshot("dash-service-started");
    }

    @Test
    void showsTheInstalledSoftwareAndSaysWhenTheSystemLogCannotBeRead() throws Exception {
        String product = WinePc.property(msi, "ProductName");
        console.connect("DASHBOARD", ACCESS_PASSWORD, false).click("dash-tab-software").type("dash-filter-software", product);
        By row = By.xpath("//section[@id='dash-panel-software']//tr[td[1][normalize-space()='" + product + "']]");
        console.waitUntil(() -> !console.driver().findElements(row).isEmpty());
        assertEquals(List.of(product, WinePc.property(msi, "ProductVersion"), WinePc.property(msi, "Manufacturer")),
                console.driver().findElement(row).findElements(By.tagName("td")).stream().map(WebElement::getText).toList(),
                "the support app's own row: name, version and publisher of the installed MSI");
        console.screenshot("dash-software");

        // Wine's event log API (wevtapi) is a stub: EvtQuery returns no handle, so no event can be read.
        console.click("dash-tab-events");
        WebElement events = console.find("dash-panel-events");
        console.waitUntil(() -> events.getText().equals("The computer could not send this information."));
        console.screenshot("dash-events-unreadable");
    }

    /**
     * Last: the administrator plays each of the technician's recordings (Recordings page, Play) and
     * reads the operations beside them, each with what the PC answered.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theOperationsArePlayedBackFromTheRecordings() {
        console.signInAsAdmin().go("/app/recordings.xhtml").waitForText(technician);
        List<String> plays = console.driver().findElements(By.xpath("//tr[td[text()='" + technician + "']]//a[text()='Play']"))
                .stream().map(a -> a.getAttribute("href")).toList();
        assertTrue(plays.size() >= 4, "a recording per connection: " + plays.size());
        console.screenshot("recordings-files-dashboard");
        StringBuilder told = new StringBuilder();
        for (String play : plays) {
            console.driver().get(play);
            console.waitUntil(() -> "ready".equals(console.script("return document.getElementById('player').dataset.state;")));
            assertTrue(console.driver().findElements(By.cssSelector("#player canvas")).isEmpty(),
                    "a File Manager or Dashboard recording has no screen");
            String events = console.script("return Array.from(document.querySelectorAll('#player-events li'))"
                    + ".map(li => li.textContent.replace(/^\\d+:\\d\\d /, '')).join('\\n');");
            if (events.contains("Create folder ")) {
                console.screenshot("recording-file-manager");
            }
            told.append(events).append('\n');
        }
        String folder = "C:\\" + WORK + "\\";
        for (String line : List.of("Open folder " + folder.substring(0, folder.length() - 1),
                "Create folder " + folder + CREATED + ": done",
                "Rename " + folder + CREATED + " to " + RENAMED + ": done",
                "Delete " + folder + RENAMED + ": done",
                "Upload " + folder + "upload-24MiB.bin (24\u00a0MB): done",
                "Download " + folder + "pc-report-16MiB.bin (16\u00a0MB): done",
                "Download " + folder + "Fotos Café: done",
                "Stop service " + SERVICE + ": done",
                "Start service " + SERVICE + ": done")) {
            assertTrue(told.toString().lines().anyMatch(line::equals), "played back: " + line + "\nin:\n" + told);
        }
        assertTrue(told.toString().lines().anyMatch(l -> l.matches("End process \\d+: done")), "the process ended:\n" + told);
    }

    private static Path onThePc(String path) {
        return pc.dir().resolve("prefix/drive_c").resolve(path);
    }

    /** Connects the File Manager and opens C:\AdHoc Test by double-clicking it in C:\, as a person would. */
    private static void openWorkFolder() {
        console.connect("FILE_MANAGER", ACCESS_PASSWORD, false);
        awaitRow(WORK);
        new Actions(console.driver()).doubleClick(row(WORK)).perform();
        console.waitUntil(() -> console.driver().findElements(By.cssSelector(".crumbs [aria-current=location]")).stream()
                .anyMatch(step -> step.getText().equals(WORK)));
    }

    private static WebElement row(String name) {
        return console.driver().findElement(By.xpath("//table[contains(@class,'files-table')]//tr[@data-name=\"" + name + "\"]"));
    }

    private static List<String> rows() {
        return console.driver().findElements(By.cssSelector(".files-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-name")).toList();
    }

    private static void awaitRow(String name) {
        console.waitUntil(() -> rows().contains(name));
    }

    private static void select(String name) {
        awaitRow(name);
        row(name).click();
        console.waitUntil(() -> "true".equals(row(name).getAttribute("aria-selected")));
    }

    private static WebElement toolbar(String label) {
        By button = By.xpath("//div[contains(@class,'viewer-files')]//div[@role='toolbar']//button[normalize-space()='" + label + "']");
        console.waitUntil(() -> console.driver().findElement(button).isEnabled());
        return console.driver().findElement(button);
    }

    /** Types into the open dialog's field (if text is given) and presses its button. */
    private static void answerDialog(String text, String buttonLabel) {
        if (text != null) {
            WebElement field = console.driver().findElement(By.cssSelector("dialog[open] input"));
            field.clear();
            field.sendKeys(text);
        }
        console.driver().findElement(By.xpath("//dialog[@open]//div[@class='actions']/button[normalize-space()='" + buttonLabel + "']"))
                .click();
    }

    /**
     * Samples the transfer's progress bar, as a person watching it would, until the row says it
     * ended; keeps a screenshot of the first sample between 0 and 100 %. Returns the values seen.
     */
    private static List<Double> watchTransfer(String name, String shot, String doneText) throws Exception {
        List<Double> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(WAIT);
        String last = null;
        while (last == null || !last.matches(".*\\|transfer (done|failed|cancelled)")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the transfer of " + name + " ends within " + WAIT.toSeconds() + " s; last seen: " + last);
            }
            Object row = ((JavascriptExecutor) console.driver()).executeScript(TRANSFER_ROW, name);
            if (row != null) {
                last = row.toString();
                double value = Double.parseDouble(last.substring(0, last.indexOf('|')));
                if (seen.isEmpty() || seen.get(seen.size() - 1) != value) {
                    seen.add(value);
                }
                if (value > 0 && value < 100 && seen.stream().filter(v -> v > 0 && v < 100).count() == 1) {
                    console.screenshot(shot);
                }
            }
        }
        assertTrue(last.split("\\|")[1].startsWith(doneText), "the row says " + last);
        return seen;
    }

    private static void assertMovedThroughTheMiddle(List<Double> seen) {
        assertTrue(seen.stream().anyMatch(v -> v > 0 && v < 100), "the bar was seen between 0 and 100 %: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "the bar only moves forward: " + seen);
        }
        assertEquals(100.0, seen.get(seen.size() - 1), "the bar ends full: " + seen);
    }

    /** The file the browser saved, once complete (Chromium renames it from .crdownload when done). */
    private static Path awaitDownload(String name, long size) throws Exception {
        Path file = downloads.resolve(name);
        WinePc.await(() -> Files.exists(file) && (size < 0 || Files.size(file) == size), saved -> saved, WAIT,
                "the browser saves " + name + " in its download folder");
        return file;
    }

    /** Entry names (folders end in "/") and the SHA-256 of each file's bytes ("" for folders). */
    private static Map<String, String> contentOf(Path folderOrZip) throws Exception {
        Map<String, String> content = new TreeMap<>();
        if (Files.isDirectory(folderOrZip)) {
            Path base = folderOrZip.getParent();
            try (Stream<Path> tree = Files.walk(folderOrZip)) {
                for (Path p : tree.toList()) {
                    String name = base.relativize(p).toString();
                    content.put(Files.isDirectory(p) ? name + "/" : name, Files.isDirectory(p) ? "" : sha256(p));
                }
            }
            return content;
        }
        try (ZipFile zip = new ZipFile(folderOrZip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    content.put(entry.getName(), entry.isDirectory() ? "" : sha256(in.readAllBytes()));
                }
            }
        }
        return content;
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(Path file) throws Exception {
        return sha256(Files.readAllBytes(file));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /**
     * Starts Minesweeper on the PC and returns its pid once it runs. Wine's launcher has hung at
     * {@code start.exe /exec} now and then (in two of the last five CI runs here): a launch that
     * shows no Minesweeper within 30 s is ended and Minesweeper started again, as a user would.
     */
    private long startMinesweeper() throws Exception {
        for (int attempt = 1; ; attempt++) {
            long pid = Long.parseLong(pc.run("\"$WINE\" winemine.exe </dev/null >/dev/null 2>&1 & echo $!"));
            try {
                WinePc.await(() -> commandOf(pid), command -> command.contains("winemine.exe"), Duration.ofSeconds(30),
                        "Minesweeper runs on the PC");
                return pid;
            } catch (AssertionError hung) {
                pc.run("kill -9 " + pid + " || true");
                if (attempt == 3) throw hung;
            }
        }
    }

    /**
     * Waits for a row of the process list, pressing Refresh as a technician would: the list is the
     * PC's processes when it loaded, and a program just started may not be among them yet (in
     * ci60 Minesweeper's row had not come 15 s after the list loaded).
     */
    private static void awaitListed(By row) throws Exception {
        By refresh = By.xpath("//div[contains(@class,'viewer-dashboard')]//button[normalize-space()='Refresh']");
        WinePc.await(() -> {
            if (!console.driver().findElements(row).isEmpty()) {
                return true;
            }
            console.driver().findElement(refresh).click();
            Thread.sleep(2000);
            return false;
        }, Boolean::booleanValue, WAIT, "the process is listed on the Dashboard");
    }

    /** The command line of a process on the PC ("" once it has ended; Wine's processes are Linux processes). */
    private static String commandOf(long pid) throws IOException {
        Path proc = Path.of("/proc/" + pid);
        try {
            String stat = Files.readString(proc.resolve("stat"));
            boolean zombie = stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
            return zombie ? "" : Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
        } catch (java.nio.file.NoSuchFileException ended) {
            return "";
        }
    }

    private String testServiceState() throws Exception {
        return pc.run("wine_service_state " + SERVICE);
    }

    private static void awaitServiceShown(By row, String state) {
        console.waitUntil(() -> console.driver().findElements(row).stream()
                .anyMatch(r -> r.findElement(By.cssSelector(".badge")).getText().equals(state)));
    }
}
