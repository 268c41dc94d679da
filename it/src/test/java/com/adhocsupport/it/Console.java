package com.adhocsupport.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The technician console in a real headless Chromium, driven as a person would: the pages'
 * own forms and buttons. One instance is one browser (one person signed in at a time).
 */
public final class Console implements AutoCloseable {

    public static final String BASE = "http://localhost:" + ServerAddress.httpPort();
    public static final String ADMIN_EMAIL = "admin@provider.example";
    public static final String ADMIN_PASSWORD = "Admin-Pa55word-1";
    public static final String TECH_PASSWORD = "Tech-Pa55word-1";
    public static final String COMPANY = "Provider Ltd";

    /** Keeps every Content-Security-Policy violation of the tab's pages, for {@link #close()} to report. */
    private static final String CSP_RECORDER = "document.addEventListener('securitypolicyviolation', function (e) {"
            + " var seen = sessionStorage.getItem('csp-violations') || '';"
            + " sessionStorage.setItem('csp-violations', seen + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')"
            + " + ' on ' + e.documentURI + ' line ' + e.lineNumber + '; '); });";

    private final String base;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private Console(String base, String userAgent) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en-US", "--user-data-dir=/tmp/adhoc-it-chromium-" + UUID.randomUUID());
        if (userAgent != null) {
            options.addArguments("--user-agent=" + userAgent);
        }
        if (base.startsWith("https:")) {
            // Only the cluster test serves HTTPS, with a certificate it made for itself a moment ago.
            options.addArguments("--ignore-certificate-errors");
        }
        driver = new ChromeDriver(options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // A page that reloads itself (the Ad Hoc Support page does) replaces elements under our feet.
        wait.ignoring(StaleElementReferenceException.class);
        beforeEveryPage(CSP_RECORDER);
    }

    public static Console open() {
        return new Console(BASE, null);
    }

    public static Console openAs(String userAgent) {
        return new Console(BASE, userAgent);
    }

    /** A browser for the server at another address (the cluster's balancer). */
    public static Console at(String base) {
        return new Console(base, null);
    }

    /** Runs first-run setup through its page, with the server's setup token, if nobody has yet (see {@link FirstRun}). */
    public static void ensureSetUp() throws Exception {
        FirstRun.ensureSetUp();
    }

    public static int status(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public WebDriver driver() {
        return driver;
    }

    public Console go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Waits for the element; on failure keeps a screenshot and says what the page showed instead. */
    public WebElement find(String id) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (TimeoutException e) {
            String shot = "failed-" + System.currentTimeMillis();
            screenshot(shot);
            throw new AssertionError("waited for #" + id + " on " + driver.getCurrentUrl() + " (screenshot " + shot
                    + "); the page shows: " + pageText(), e);
        }
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public Console type(String id, String text) {
        wait.until(d -> {
            WebElement field = d.findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
            return true;
        });
        return this;
    }

    public Console click(String id) {
        wait.until(d -> {
            d.findElement(By.id(id)).click();
            return true;
        });
        return this;
    }

    public Console choose(String id, String value) {
        new Select(find(id)).selectByValue(value);
        return this;
    }

    /** The value of the option a drop-down shows as chosen. */
    public String selected(String id) {
        return new Select(find(id)).getFirstSelectedOption().getAttribute("value");
    }

    /** The visible text of the page, read in one step inside the page (no element can go stale). */
    public String pageText() {
        Object text = ((JavascriptExecutor) driver).executeScript("return document.body ? document.body.innerText : '';");
        return text == null ? "" : text.toString();
    }

    /** Waits for the text; on failure keeps a screenshot and says what the page showed instead. */
    public Console waitForText(String text) {
        try {
            wait.until(d -> pageText().contains(text));
        } catch (TimeoutException e) {
            String shot = "failed-" + System.currentTimeMillis();
            screenshot(shot);
            try {
                Files.writeString(Path.of(System.getProperty("it.screenshots", "target/screenshots"), shot + ".html"),
                        driver.getPageSource());
            } catch (IOException ignored) {
                // the screenshot is enough
            }
            throw new AssertionError("waited for \"" + text + "\" on " + driver.getCurrentUrl() + " (screenshot " + shot
                    + "); the page shows: " + pageText(), e);
        }
        return this;
    }

    /** Waits (as long as for a text) until the condition holds; true then, else a TimeoutException. */
    public boolean waitUntil(java.util.function.BooleanSupplier condition) {
        return wait.until(d -> condition.getAsBoolean());
    }

    /** Waits until the page shows one of the texts and returns it. */
    public String waitForAny(String... texts) {
        try {
            return wait.until(d -> {
                String page = pageText();
                for (String text : texts) {
                    if (page.contains(text)) {
                        return text;
                    }
                }
                return null;
            });
        } catch (TimeoutException e) {
            screenshot("failed-" + System.currentTimeMillis());
            throw new AssertionError("waited for any of " + String.join(" | ", texts) + "; the page shows: " + pageText(), e);
        }
    }

    /** Ends (or cancels) the signed-in technician's open session, if any, so tests leave no session behind. */
    public Console endOpenSession() {
        go("/app/adhoc.xhtml");
        if (has("active-form:end")) {
            click("active-form:end").click("active-form:confirm-end").waitForText("The session has ended.");
        } else if (has("pending-form:cancel")) {
            click("pending-form:cancel").click("pending-form:confirm-end").waitForText("The invitation has been cancelled.");
        }
        return this;
    }

    public Console signIn(String email, String password) {
        // Leave the page before dropping the cookies: a page that polls (the Ad Hoc Support page asks
        // for the session's state) could otherwise fetch, without a cookie, a new session whose cookie
        // replaces the login form's, and the form's post would find no view to restore.
        go("/login.xhtml");
        driver.manage().deleteAllCookies();
        go("/login.xhtml");
        type("login-form:email", email);
        type("login-form:password", password);
        // A click does not always wait for the page it posts: a go() right after it could race the sign-in.
        WebElement signIn = find("login-form:sign-in");
        signIn.click();
        waitUntilReplaced(signIn);
        return this;
    }

    /** Waits until the element's page has been replaced (a form posted, the next page shown). */
    public void waitUntilReplaced(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException replaced) {
                return true;
            } catch (WebDriverException midNavigation) {
                return false;  // Chromium may answer "Node ... does not belong to the document" while it swaps pages: ask again
            }
        });
    }

    public Console signOut() {
        go("/app/adhoc.xhtml");
        click("logout-form:logout");
        find("login-form:email");
        return this;
    }

    /** On the code page that follows a right password: types a code (the app's or a recovery code) and signs in. */
    public Console enterSignInCode(String code) {
        type("code-form:code", code);
        click("code-form:verify");
        return this;
    }

    /** What an enrolment gave the technician: the app that scanned the QR code, what it read, the recovery codes shown. */
    public record SecondFactor(AuthenticatorApp app, String scanned, String shownKey, String firstCode, List<String> recoveryCodes) {
    }

    /**
     * On a page that shows the two-factor enrolment (the profile, or the one a company requiring it
     * shows after the password): scans the QR code, confirms with the app's code and reads the recovery
     * codes, with a screenshot of the page before ({@code name}-enrolment) and after ({@code name}-recovery-codes).
     */
    public SecondFactor enrolSecondFactor(String name) throws IOException {
        find("qr-code");
        screenshot(name + "-enrolment");
        String scanned = AuthenticatorApp.scanQrCode(((TakesScreenshot) driver.findElement(By.cssSelector(".qr"))).getScreenshotAs(OutputType.BYTES));
        String shownKey = find("enrol-secret").getText();
        AuthenticatorApp app = AuthenticatorApp.withKey(shownKey);
        String firstCode = app.code();
        type("enrol-form:code", firstCode);
        click("enrol-form:confirm");
        find("recovery-codes");
        screenshot(name + "-recovery-codes");
        List<String> recoveryCodes = driver.findElements(By.cssSelector("#recovery-codes li")).stream().map(WebElement::getText).toList();
        return new SecondFactor(app, scanned, shownKey, firstCode, recoveryCodes);
    }

    /** As the administrator: whether the company's technicians must use a second factor (Account page). */
    public Console requireSecondFactor(boolean required) {
        go("/app/admin/account.xhtml");
        if (find("security-form:second-factor-required").isSelected() != required) {
            click("security-form:second-factor-required");
        }
        click("security-form:save");
        waitForText("Sign-in security has been saved.");
        return this;
    }

    /** As the administrator: whether connections are recorded (Account page): OFF, ON or ON_USER_TOLD; technicians play none. */
    public Console setRecording(String policy) {
        return setRecording(policy, false);
    }

    /** As the administrator: the recording policy, and whether technicians may play their own recordings. */
    public Console setRecording(String policy, boolean ownPlayback) {
        go("/app/admin/account.xhtml").choose("recording-form:policy", policy);
        if (find("recording-form:own-playback").isSelected() != ownPlayback) {
            click("recording-form:own-playback");
        }
        click("recording-form:save");
        waitForText("Session recording has been saved.");
        return this;
    }

    /** As the administrator: resets a technician's second factor from the Technicians page, confirming when asked (screenshot {@code name}). */
    public Console resetSecondFactor(String email, String name) {
        go("/app/admin/technicians.xhtml");
        wait.until(d -> d.findElement(By.xpath("//tr[.//div[text()='" + email + "']]//input[contains(@id, ':reset')]"))).click();
        find("reset-confirmation");
        screenshot(name);
        click("list-form:confirm-reset");
        waitForText("Two-factor sign-in of " + email + " has been reset.");
        return this;
    }

    public Console signInAsAdmin() {
        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        waitForText(COMPANY);
        return this;
    }

    /** As the administrator: adds a technician with a unique address and returns it. */
    public String addTechnician(String name, boolean fullRemoteControl) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8) + "@provider.example";
        go("/app/admin/technicians.xhtml");
        type("add-form:email", email);
        type("add-form:name", name);
        type("add-form:password", TECH_PASSWORD);
        if (find("add-form:full").isSelected() != fullRemoteControl) {
            click("add-form:full");
        }
        click("add-form:add");
        waitForText("Technician " + email + " added.");
        return email;
    }

    /** As the administrator: sets plan, Insight module and seats. */
    public Console setAccount(String plan, boolean insight, int seats) {
        go("/app/admin/account.xhtml");
        choose("account-form:plan", plan);
        if (find("account-form:insight").isSelected() != insight) {
            click("account-form:insight");
        }
        type("account-form:seats", String.valueOf(seats));
        click("account-form:save");
        waitForText("The account has been saved.");
        return this;
    }

    /** As a technician: fills and sends the invitation form. */
    public Console startSession(String endUser, String password) {
        go("/app/adhoc.xhtml");
        type("adhoc-form:email", endUser);
        type("adhoc-form:password", password);
        type("adhoc-form:confirmation", password);
        click("adhoc-form:start");
        return this;
    }

    /** Pages opened from now on run {@code script} before their own (through the DevTools protocol). */
    public Console beforeEveryPage(String script) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
        return this;
    }

    /** This browser's pages show times as a browser in {@code zoneId} would (the DevTools protocol's emulation). */
    public Console inTimeZone(String zoneId) {
        ((HasCdp) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
        return this;
    }

    /** What the clipboard holds, read by the page as a web page would, once the browser allows it. */
    public String clipboardText() {
        ((HasCdp) driver).executeCdpCommand("Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        Object text = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('unreadable: ' + e));");
        return String.valueOf(text);
    }

    /** Runs {@code script} in the page and returns its result as text ("" for null). */
    public String script(String script) {
        Object result = ((JavascriptExecutor) driver).executeScript(script);
        return result == null ? "" : result.toString();
    }

    /** The signed-in browser's session cookie, for protocol clients that act on its behalf. */
    public String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** Clicks the viewer's canvas where it shows the point (x, y) of a PC screen of that size, however it is scaled. */
    public void clickThePcAt(int x, int y, int screenWidth, int screenHeight) {
        WebElement canvas = driver.findElement(By.cssSelector(".viewer-canvas"));
        Rectangle shown = canvas.getRect();
        int fromCentreX = (int) Math.round((x + 0.5) * shown.width / screenWidth - shown.width / 2.0);
        int fromCentreY = (int) Math.round((y + 0.5) * shown.height / screenHeight - shown.height / 2.0);
        new Actions(driver).moveToElement(canvas, fromCentreX, fromCentreY).click().perform();
    }

    /** Opens the password prompt of a feature from the active session's page and enters the access password. */
    public Console connect(String feature, String accessPassword, boolean startChat) {
        go("/app/adhoc.xhtml");
        wait.until(d -> d.findElement(By.cssSelector("a[data-feature='" + feature + "']"))).click();
        type("connect-form:password", accessPassword);
        if (startChat) {
            click("connect-form:chat");
        }
        return click("connect-form:connect");
    }

    /** What the page shows once after an invitation: the security code and the deployment link. */
    public record Invitation(String code, String token, String link) {
    }

    public Invitation invite(String endUser, String accessPassword) {
        startSession(endUser, accessPassword);
        String code = find("security-code").getText().replace(" ", "");
        String link = find("deployment-link").getAttribute("value");
        return new Invitation(code, link.substring(link.lastIndexOf('/') + 1), link);
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public Console screenshot(String name) {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The Content-Security-Policy violations the current tab's pages reported ("" for none). */
    public String cspViolations() {
        try {
            return script("return sessionStorage.getItem('csp-violations') || '';");
        } catch (WebDriverException notAPageOfTheSite) {
            return "";
        }
    }

    /** Closes the browser; fails the test if a page broke the site's Content-Security-Policy. */
    @Override
    public void close() {
        String violations = cspViolations();
        driver.quit();
        if (!violations.isEmpty()) {
            throw new AssertionError("the pages broke the Content-Security-Policy: " + violations);
        }
    }

    /** Files the pages save from now on land in {@code dir}, without asking, as with a person's download folder. */
    public Console downloadTo(Path dir) {
        ((HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
        return this;
    }
}
