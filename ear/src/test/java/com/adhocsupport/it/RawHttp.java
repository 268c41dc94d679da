package com.adhocsupport.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a bare socket, the way an attacker's tool sends it: the request target goes to
 * the server byte for byte (no client normalises, encodes or rejects it), and the answer comes
 * back unparsed but for its status line and headers.
 */
final class RawHttp {

    /** A response: status, the header block as received, and the body. */
    record Response(int status, String headers, String body) {

        /** The value of the first header of that name, or null. */
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** A GET with these extra header lines ("Name: value"). */
    static Response get(String target, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost:" + ServerAddress.httpPort() + "\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return send(request.append("\r\n").toString());
    }

    /** A form post; {@code cookie} may be null. */
    static Response post(String target, String form, String cookie) throws IOException {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return send("POST " + target + " HTTP/1.1\r\nHost: localhost:" + ServerAddress.httpPort() + "\r\nConnection: close\r\n"
                + "Origin: " + Console.BASE + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n" + form);
    }

    private static Response send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", ServerAddress.httpPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String raw = readAll(socket.getInputStream());
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            String statusLine = head.split("\r\n", 2)[0];
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            // a chunked body keeps its chunk sizes: enough for the tests, which look for what it contains
            return new Response(status, head, body);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
