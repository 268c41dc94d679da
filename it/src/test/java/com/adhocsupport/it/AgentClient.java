package com.adhocsupport.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The tests' WebSocket client, written out by hand (RFC 6455). It speaks docs/protocol.md to the
 * server as the Windows agent does (or, on the other paths, as a connection worker or a viewer),
 * and it can do what well-behaved clients never do: connect from a loopback address of the test's
 * choosing (see {@link LoopbackHttp}), announce a frame and send only part of it, or send frames
 * far past the protocol's limits. Like the agent and the worker, their clients connect only when
 * they first send (the server closes a connection that has not proven itself within 10 s); a
 * viewer's, and one opened from an address of the test's choosing, connect at once. Every wait
 * for the server fails after the timeout (15 s unless {@link #timeout} says otherwise).
 */
public final class AgentClient implements AutoCloseable {

    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    /** The close code reported when the connection ended without a close frame. */
    public static final int NO_CLOSE_FRAME = 1006;
    private static final int CONTINUATION = 0x0;
    private static final int CLOSE = 0x8;
    private static final String LOOPBACK = "127.0.0.1";

    /** A handshake the server answered with another status than 101 Switching Protocols. */
    public static final class Refused extends IOException {

        private final int status;

        Refused(String statusLine) {
            super("handshake refused: " + statusLine);
            String[] parts = statusLine.split(" ");
            this.status = parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : -1;
        }

        public int status() {
            return status;
        }
    }

    private final String localAddress;
    private final String path;
    private final String headers;
    private final Deque<String> texts = new ArrayDeque<>();
    private final Deque<byte[]> binaries = new ArrayDeque<>();
    private Socket socket;
    private DataInputStream in;
    private OutputStream out;
    private int timeoutMillis = 15_000;
    private boolean closed;
    private int closeCode;
    private String closeReason = "";

    private AgentClient(String localAddress, String path, String headers) {
        this.localAddress = localAddress;
        this.path = path;
        this.headers = headers;
    }

    /** The agent's socket, {@code /ws/agent}. */
    public static AgentClient connect() {
        return new AgentClient(LOOPBACK, "/ws/agent", "");
    }

    /** Opens at once: the handshake is what the test is about. */
    public static AgentClient connectWithOrigin(String origin) throws IOException {
        return new AgentClient(LOOPBACK, "/ws/agent", "Origin: " + origin + "\r\n").opened();
    }

    /** A connection worker's socket, {@code /ws/stream}. */
    public static AgentClient connectWorker() {
        return new AgentClient(LOOPBACK, "/ws/stream", "");
    }

    /** A viewer's socket, {@code /ws/viewer}, with a browser's Origin and (when not null) its session cookie. */
    public static AgentClient connectViewer(String origin, String sessionCookie) throws IOException {
        String cookie = sessionCookie == null ? "" : "Cookie: JSESSIONID=" + sessionCookie + "\r\n";
        return new AgentClient(LOOPBACK, "/ws/viewer", "Origin: " + origin + "\r\n" + cookie).opened();
    }

    /** Opens {@code path} (such as /ws/stream) from {@code localAddress} at once. */
    public static AgentClient open(String localAddress, String path) throws IOException {
        return new AgentClient(localAddress, path, "").opened();
    }

    private AgentClient opened() throws IOException {
        socket();
        return this;
    }

    private synchronized Socket socket() throws IOException {
        if (socket != null) {
            return socket;
        }
        Socket s = new Socket();
        s.bind(new InetSocketAddress(localAddress, 0));
        s.connect(new InetSocketAddress(LOOPBACK, ServerAddress.httpPort()), 5000);
        s.setSoTimeout(timeoutMillis);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + ServerAddress.httpPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        in = new DataInputStream(s.getInputStream());
        out = s.getOutputStream();
        String status = readStatusLine();
        if (!status.contains(" 101 ")) {
            s.close();
            throw new Refused(status);
        }
        socket = s;
        return s;
    }

    /** How long each wait for the server may take from now on. */
    public AgentClient timeout(int millis) throws IOException {
        timeoutMillis = millis;
        if (socket != null) {
            socket.setSoTimeout(millis);
        }
        return this;
    }

    public AgentClient send(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        return sendHeader(TEXT, true, payload.length).sendPayload(payload);
    }

    public AgentClient send(JsonObject message) throws IOException {
        return send(message.toString());
    }

    public AgentClient sendBinary(byte[] data) throws IOException {
        return sendHeader(BINARY, true, data.length).sendPayload(data);
    }

    /** The header of a frame (masked with a zero key, so the payload goes as it is). */
    public AgentClient sendHeader(int opcode, boolean fin, long length) throws IOException {
        socket();
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write((fin ? 0x80 : 0) | opcode);
        if (length < 126) {
            header.write(0x80 | (int) length);
        } else if (length < 65536) {
            header.write(0x80 | 126);
            header.write((int) (length >> 8));
            header.write((int) length);
        } else {
            header.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                header.write((int) (length >> shift));
            }
        }
        header.write(new byte[4]);
        out.write(header.toByteArray());
        out.flush();
        return this;
    }

    public AgentClient sendPayload(byte[] bytes) throws IOException {
        socket();
        out.write(bytes);
        out.flush();
        return this;
    }

    /** The next text message; null when the server closed the connection first. */
    public String nextText() throws IOException {
        return await(texts);
    }

    /** The next message from the server, as JSON. */
    public JsonObject next() throws IOException {
        String text = nextText();
        if (text == null) {
            throw new AssertionError("the server closed the connection (" + closeCode + " " + closeReason + ") instead of answering");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The next message of {@code type}, skipping others; fails after the timeout without one. */
    public JsonObject next(String type) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            JsonObject message = next();
            if (type.equals(message.getString("type", ""))) {
                return message;
            }
        }
        throw new AssertionError("no " + type + " message from the server within " + timeoutMillis + " ms");
    }

    /** The next binary message from the server. */
    public byte[] nextBinary() throws IOException {
        byte[] message = nextBinaryOrNull();
        if (message == null) {
            throw new AssertionError("the server closed the connection (" + closeCode + ") instead of sending a binary message");
        }
        return message;
    }

    /** The next binary message from the server, skipping text; null once the server closed the connection. */
    public byte[] nextBinaryOrNull() throws IOException {
        return await(binaries);
    }

    /**
     * The code of the server's close frame, reading on until it comes ({@link #NO_CLOSE_FRAME}
     * when the connection ended without one); fails when it is still open after the timeout.
     */
    public int closeCode() throws IOException {
        while (!closed) {
            readMessage();
        }
        return closeCode;
    }

    /** The reason of the server's close frame, once the connection is closed. */
    public String closeReason() {
        return closeReason;
    }

    /** Activates a session like the agent: code, then a successful hidden account. Returns "activated". */
    public JsonObject activate(String token, String code) throws IOException {
        send(Json.createObjectBuilder().add("type", "activate").add("token", token).add("code", code)
                .add("computer", Json.createObjectBuilder().add("name", "PC-TEST").add("os", "Windows 11 Pro")).build());
        JsonObject provision = next();
        if (!"provision".equals(provision.getString("type"))) {
            return provision;
        }
        send("{\"type\":\"provisioned\",\"ok\":true}");
        return next();
    }

    /** The first message in {@code queue}, reading until one comes; null when the connection closed first. */
    private <T> T await(Deque<T> queue) throws IOException {
        while (queue.isEmpty() && !closed) {
            readMessage();
        }
        return queue.poll();
    }

    /** Reads frames until a whole message is queued or the connection is closed. */
    private void readMessage() throws IOException {
        socket();
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        int opcode = CONTINUATION;
        try {
            while (true) {
                int first = in.read();
                if (first < 0) {
                    closed(NO_CLOSE_FRAME, "");
                    return;
                }
                byte[] payload = readPayload();
                int frame = first & 0x0F;
                if (frame == CLOSE) {
                    closed(payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005,
                            payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "");
                    return;
                }
                if (frame != TEXT && frame != BINARY && frame != CONTINUATION) {
                    continue;
                }
                if (frame != CONTINUATION) {
                    opcode = frame;
                }
                message.writeBytes(payload);
                if ((first & 0x80) != 0) {
                    if (opcode == TEXT) {
                        texts.add(message.toString(StandardCharsets.UTF_8));
                    } else {
                        binaries.add(message.toByteArray());
                    }
                    return;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("nothing from the server within " + timeoutMillis + " ms: it kept the connection open", e);
        } catch (EOFException | SocketException e) {
            closed(NO_CLOSE_FRAME, "");
        }
    }

    private void closed(int code, String reason) {
        closed = true;
        closeCode = code;
        closeReason = reason;
    }

    private byte[] readPayload() throws IOException {
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return payload;
    }

    private String readStatusLine() throws IOException {
        StringBuilder response = new StringBuilder();
        while (!response.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            response.append((char) b);
        }
        return response.toString().split("\r\n", 2)[0];
    }

    /** Says goodbye (1000) when the connection is still open, then drops it. */
    @Override
    public synchronized void close() throws IOException {
        if (socket == null) {
            return;
        }
        if (!closed) {
            try {
                byte[] bye = {0x03, (byte) 0xE8, 'b', 'y', 'e'};
                sendHeader(CLOSE, true, bye.length).sendPayload(bye);
            } catch (IOException alreadyGone) {
                // the server closed first, or the socket is half-way through an unfinished frame
            }
        }
        socket.close();
    }
}
