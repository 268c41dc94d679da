package com.adhocsupport.interfaces.agent;

import com.adhocsupport.application.OpenedConnection;
import com.adhocsupport.application.security.TokenGenerator;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection (docs/protocol.md, "Connections"): a technician's viewer, and the worker the PC
 * started for it once it attaches with the channel's single-use token. Sends are asynchronous;
 * each direction counts its unsent bytes and a side that falls 8 MiB behind is dropped, so a
 * slow peer can never make the server queue without bound.
 */
final class Channel {

    static final Duration ATTACH_TIMEOUT = Duration.ofSeconds(30);
    static final long MAX_UNSENT_BYTES = 8L * 1024 * 1024;

    private final TokenGenerator tokens;
    private final String id;
    private final String token;
    private final byte[] tokenHash;
    private final OpenedConnection connection;
    private final Session viewer;
    private final Instant createdAt = Instant.now();
    private final AtomicLong unsentToViewer = new AtomicLong();
    private final AtomicLong unsentToWorker = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Session worker;
    private volatile Recorder recorder;

    Channel(OpenedConnection connection, Session viewer, TokenGenerator tokens) {
        this.connection = connection;
        this.viewer = viewer;
        this.tokens = tokens;
        this.id = tokens.newToken();
        this.token = tokens.newToken();
        this.tokenHash = hashOf(token);
    }

    String id() {
        return id;
    }

    /** The token the PC's worker must present; sent to the agent once, never kept elsewhere. */
    String token() {
        return token;
    }

    OpenedConnection connection() {
        return connection;
    }

    Session viewer() {
        return viewer;
    }

    Session worker() {
        return worker;
    }

    /** The connection's recorder, or null when its company does not record it. */
    Recorder recorder() {
        return recorder;
    }

    void record(Recorder connectionRecorder) {
        recorder = connectionRecorder;
    }

    boolean isAttached() {
        return worker != null;
    }

    /** Joins the worker; only once, in time, with the right token. */
    synchronized boolean attach(Session candidate, String presentedToken, Instant now) {
        if (worker != null || closed.get() || presentedToken == null || now.isAfter(createdAt.plus(ATTACH_TIMEOUT))) {
            return false;
        }
        if (!MessageDigest.isEqual(tokenHash, hashOf(presentedToken))) {
            return false;
        }
        worker = candidate;
        return true;
    }

    private byte[] hashOf(String presented) {
        return tokens.lookupHash(presented).getBytes(StandardCharsets.US_ASCII);
    }

    /** Marks the channel closed; true only for the first caller. */
    boolean markClosed() {
        return closed.compareAndSet(false, true);
    }

    /** @return false when the viewer is too far behind and must be dropped */
    boolean toViewer(String text) {
        return send(viewer, unsentToViewer, text);
    }

    boolean toViewer(ByteBuffer data) {
        return send(viewer, unsentToViewer, data);
    }

    /** Before the worker attached there is nobody to tell: the frame is dropped. */
    boolean toWorker(String text) {
        return worker == null || send(worker, unsentToWorker, text);
    }

    boolean toWorker(ByteBuffer data) {
        return worker == null || send(worker, unsentToWorker, data);
    }

    private static boolean send(Session to, AtomicLong unsent, String text) {
        long size = 3L * text.length();
        if (!reserve(to, unsent, size)) {
            return false;
        }
        to.getAsyncRemote().sendText(text, release(unsent, size));
        return true;
    }

    private static boolean send(Session to, AtomicLong unsent, ByteBuffer data) {
        long size = data.remaining();
        if (!reserve(to, unsent, size)) {
            return false;
        }
        to.getAsyncRemote().sendBinary(data, release(unsent, size));
        return true;
    }

    private static boolean reserve(Session to, AtomicLong unsent, long size) {
        return to.isOpen() && unsent.addAndGet(size) <= MAX_UNSENT_BYTES;
    }

    private static SendHandler release(AtomicLong unsent, long size) {
        return result -> unsent.addAndGet(-size);
    }
}
