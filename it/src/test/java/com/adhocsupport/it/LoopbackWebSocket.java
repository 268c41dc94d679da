package com.adhocsupport.it;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client written out by hand (RFC 6455), from a loopback address of the test's
 * choosing, that can do what well-behaved clients never do: announce a frame and send only part
 * of it, or send frames far past the protocol's limits.
 */
public final class LoopbackWebSocket implements AutoCloseable {

    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    /** The close code reported when the connection ended without a close frame. */
    public static final int NO_CLOSE_FRAME = 1006;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private int closeCode;
    private String closeReason = "";

    private LoopbackWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Opens {@code path} (such as /ws/stream) from {@code localAddress}; fails unless the server switches protocols. */
    public static LoopbackWebSocket open(String localAddress, String path) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(localAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", ServerAddress.httpPort()), 5000);
        socket.setSoTimeout(15_000);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + ServerAddress.httpPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        LoopbackWebSocket ws = new LoopbackWebSocket(socket);
        String status = ws.readHeaders();
        if (!status.contains(" 101 ")) {
            socket.close();
            throw new IOException("handshake refused: " + status);
        }
        return ws;
    }

    public LoopbackWebSocket sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        sendHeader(TEXT, true, payload.length);
        sendPayload(payload);
        return this;
    }

    /** The header of a frame (masked with a zero key, so the payload goes as it is). */
    public LoopbackWebSocket sendHeader(int opcode, boolean fin, long length) throws IOException {
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

    public LoopbackWebSocket sendPayload(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** The next text message, skipping other frames; null when the server closed the connection first. */
    public String nextText() throws IOException {
        while (true) {
            int first = in.read();
            if (first < 0) {
                return null;
            }
            byte[] payload = readPayload();
            if ((first & 0x0F) == TEXT) {
                return new String(payload, StandardCharsets.UTF_8);
            }
            if ((first & 0x0F) == 0x8) {
                closeCode = closeCodeOf(payload);
                closeReason = payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                return null;
            }
        }
    }

    /** The code of the close frame {@link #nextText} met, 0 before. */
    public int closeCode() {
        return closeCode;
    }

    /** The reason of the close frame {@link #nextText} met. */
    public String closeReason() {
        return closeReason;
    }

    /**
     * Reads until the server closes and returns its close code ({@link #NO_CLOSE_FRAME} when the
     * connection ended without one); fails when it is still open after the socket's timeout.
     */
    public int awaitClose() throws IOException {
        try {
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return NO_CLOSE_FRAME;
                }
                byte[] payload = readPayload();
                if ((first & 0x0F) == 0x8) {
                    return closeCodeOf(payload);
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open", e);
        } catch (EOFException | SocketException e) {
            return NO_CLOSE_FRAME;
        }
    }

    public LoopbackWebSocket timeout(int millis) throws SocketException {
        socket.setSoTimeout(millis);
        return this;
    }

    private static int closeCodeOf(byte[] payload) {
        return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
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

    private String readHeaders() throws IOException {
        StringBuilder headers = new StringBuilder();
        while (!headers.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            headers.append((char) b);
        }
        return headers.toString().split("\r\n", 2)[0];
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
