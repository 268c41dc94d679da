package com.adhocsupport.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * The technician console over plain HTTP: one instance is one browser session (its own cookies).
 * It fills the JSF forms as a browser would: the form's hidden fields (view state included),
 * the typed fields and the name of the button pressed. The integration tests use it to post what
 * no browser would; the relay benchmark drives thousands of sessions with it.
 */
public final class ConsoleClient {

    /** What the Ad Hoc Support page shows once after an invitation. */
    public record Invitation(String code, String token) {
    }

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern ERROR = Pattern.compile("class=\"[^\"]*\\berror\\b[^\"]*\"[^>]*>([^<]+)<");

    /**
     * As long as a browser would wait: a node just restarted (its JIT cold) answering twenty
     * session starts at once, each two PBKDF2 hashes, has taken more than a minute on a loaded 2-core machine.
     */
    private static final Duration ANSWER_WITHIN = Duration.ofMinutes(3);

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public ConsoleClient(String base) {
        this(base, HttpClient.newBuilder());
    }

    /** Over HTTPS, trusting what {@code tls} trusts. */
    public ConsoleClient(String base, SSLContext tls) {
        this(base, HttpClient.newBuilder().sslContext(tls));
    }

    private ConsoleClient(String base, HttpClient.Builder http) {
        this.base = base;
        this.http = http.cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sends this cookie from now on, as if the server had set it (a load balancer's, say). */
    public ConsoleClient withCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(ANSWER_WITHIN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET as bytes: a download such as a recording's events. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(ANSWER_WITHIN).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Posts form {@code formId} of {@code html} with {@code fields} (short names) and presses {@code button}. */
    public String submit(String html, String formId, Map<String, String> fields, String button) throws IOException, InterruptedException {
        return submit(html, formId, fields, button, Map.of());
    }

    /** The same, with {@code extra} request parameters (full names) a forger adds to the form. */
    public String submit(String html, String formId, Map<String, String> fields, String button, Map<String, String> extra)
            throws IOException, InterruptedException {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new IllegalStateException("no form " + formId + " on the page: " + errors(html));
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> posted = new LinkedHashMap<>();
        Matcher inputs = INPUT.matcher(form);
        while (inputs.find()) {
            String input = inputs.group();
            if ("hidden".equals(attribute(TYPE, input))) {
                posted.put(attribute(NAME, input), unescape(attribute(VALUE, input)));
            }
        }
        fields.forEach((name, value) -> posted.put(formId + ":" + name, value));
        posted.put(formId + ":" + button, button);
        posted.putAll(extra);
        String action = unescape(attribute(ACTION, form.substring(0, form.indexOf('>'))));
        String body = posted.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + action))
                .timeout(ANSWER_WITHIN).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + action + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** First-run setup with the server's setup token; false when it was done before (the page is gone). */
    public boolean setUp(String token, String company, String name, String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/setup");
        if (page.statusCode() == 404) {
            return false;
        }
        String done = submit(page.body(), "setup-form", Map.of("token", token, "company", company, "name", name, "email", email,
                "password", password, "confirmation", password), "create");
        expect(done, "Setup is complete");
        return true;
    }

    public ConsoleClient signIn(String email, String password) throws IOException, InterruptedException {
        String page = submit(page("/login.xhtml"), "login-form", Map.of("email", email, "password", password), "sign-in");
        if (!page.contains("adhoc-form") && !page.contains("session-state")) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + errors(page));
        }
        return this;
    }

    /** As an administrator: seats of the company (plan Base with Insight, so every feature is open). */
    public void setSeats(int seats) throws IOException, InterruptedException {
        String done = submit(page("/app/admin/account.xhtml"), "account-form",
                Map.of("plan", "BASE", "insight", "on", "seats", String.valueOf(seats)), "save");
        expect(done, "The account has been saved.");
    }

    /** As an administrator: whether connections are recorded (Account page): OFF, ON or ON_USER_TOLD; retention and playback kept. */
    public void setRecording(String policy) throws IOException, InterruptedException {
        String page = page("/app/admin/account.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("policy", policy);
        fields.put("retention", attribute(VALUE, tag(page, "recording-form:retention")));
        if (tag(page, "recording-form:own-playback").contains("checked")) {
            fields.put("own-playback", "on");
        }
        expect(submit(page, "recording-form", fields, "save"), "Session recording has been saved.");
    }

    /** As an administrator: adds a technician with full remote control. */
    public void addTechnician(String email, String name, String password) throws IOException, InterruptedException {
        String done = submit(page("/app/admin/technicians.xhtml"), "add-form",
                Map.of("email", email, "name", name, "password", password, "role", "TECHNICIAN", "full", "on"), "add");
        expect(done, "Technician " + email + " added.");
    }

    /** As a technician without an open session: sends the invitation and reads the code and link shown once. */
    public Invitation invite(String endUser, String accessPassword) throws IOException, InterruptedException {
        String page = submit(page("/app/adhoc.xhtml"), "adhoc-form",
                Map.of("email", endUser, "password", accessPassword, "confirmation", accessPassword), "start");
        Matcher code = Pattern.compile("id=\"security-code\">([^<]+)<").matcher(page);
        Matcher link = Pattern.compile("id=\"deployment-link\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!code.find() || !link.find()) {
            throw new IllegalStateException("no invitation: " + errors(page));
        }
        String url = unescape(link.group(1));
        return new Invitation(code.group(1).replace(" ", ""), url.substring(url.lastIndexOf('/') + 1));
    }

    /** Passes the password prompt of a feature and returns the one-time ticket the viewer page received. */
    public String ticket(long sessionId, String feature, String accessPassword) throws IOException, InterruptedException {
        String page = submit(page("/app/connect.xhtml?session=" + sessionId + "&feature=" + feature), "connect-form",
                Map.of("password", accessPassword), "connect");
        Matcher ticket = Pattern.compile("data-ticket=\"([^\"]+)\"").matcher(page);
        if (!ticket.find()) {
            throw new IllegalStateException("no ticket: " + errors(page));
        }
        return unescape(ticket.group(1));
    }

    public String sessionCookie() {
        return cookies.getCookieStore().get(URI.create(base)).stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("not signed in"));
    }

    private static void expect(String page, String text) {
        if (!page.contains(text)) {
            throw new IllegalStateException("expected \"" + text + "\": " + errors(page));
        }
    }

    private static String errors(String page) {
        Matcher m = ERROR.matcher(page);
        StringBuilder found = new StringBuilder();
        while (m.find()) {
            found.append(m.group(1).strip()).append("; ");
        }
        return found.length() > 0 ? found.toString() : "(no error shown) " + page.substring(0, Math.min(300, page.length()));
    }

    /** The input tag of {@code id} on the page. */
    private static String tag(String page, String id) {
        Matcher inputs = INPUT.matcher(page);
        while (inputs.find()) {
            if (inputs.group().contains("id=\"" + id + "\"")) {
                return inputs.group();
            }
        }
        throw new IllegalStateException("no input " + id + " on the page");
    }

    private static String attribute(Pattern pattern, String tag) {
        Matcher m = pattern.matcher(tag);
        return m.find() ? m.group(1) : "";
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
