package com.adhocsupport.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP/1.0 client whose requests leave from a loopback address of the test's choosing
 * (127.0.0.2 and up: Linux routes all of 127/8 to the loopback interface), so one machine can
 * be many attackers and their throttles never reach the other tests, which come from 127.0.0.1.
 * It keeps the session cookie it is given, as a browser would, and sends the request target byte
 * for byte, the way an attacker's tool does (no client normalises, encodes or rejects it).
 */
public final class LoopbackHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** A response: status, headers by lower-case name, body. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        /** The value of a cookie this response sets. */
        public Optional<String> cookie(String name) {
            return headers.getOrDefault("set-cookie", List.of()).stream().filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1).split(";", 2)[0]).reduce((first, last) -> last);
        }

        /** The JSF view state of the page in the body. */
        public String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no view state in the page (status " + status + "): " + body);
            }
            return m.group(1);
        }
    }

    private final String localAddress;
    private String sessionCookie;

    public LoopbackHttp(String localAddress) {
        this.localAddress = localAddress;
    }

    public String sessionCookie() {
        return sessionCookie;
    }

    public LoopbackHttp useSessionCookie(String value) {
        sessionCookie = value;
        return this;
    }

    /** A GET of {@code path} sent byte for byte (nothing normalises or encodes it), with extra "Name: value" lines. */
    public Response get(String path, String... headerLines) {
        return exchange("GET", path, null, headerLines);
    }

    /** Posts a form, its fields URL-encoded in the order given. */
    public Response post(String path, Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return post(path, form.toString());
    }

    /** Posts a form already URL-encoded. */
    public Response post(String path, String encodedForm) {
        return exchange("POST", path, encodedForm);
    }

    /** The login page's form posted with these credentials. */
    public Response signIn(String email, String password) {
        return post("/login.xhtml", signInForm(email, password));
    }

    /** The login page's form filled in, with the view state of a fresh GET. */
    public Map<String, String> signInForm(String email, String password) {
        String viewState = get("/login.xhtml").viewState();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("login-form:email", email);
        form.put("login-form:password", password);
        form.put("login-form:sign-in", "Sign in");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private Response exchange(String method, String path, String form, String... headerLines) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", ServerAddress.httpPort()), 5000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + ServerAddress.httpPort() + "\r\n");
            if (sessionCookie != null) {
                request.append("Cookie: JSESSIONID=").append(sessionCookie).append("\r\n");
            }
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            Response response = parse(socket.getInputStream());
            response.cookie("JSESSIONID").ifPresent(this::useSessionCookie);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " from " + localAddress, e);
        }
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : text.substring(end + 4));
    }
}
