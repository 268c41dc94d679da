package com.adhocsupport.interfaces.agent;

import com.adhocsupport.application.ConnectionService;
import com.adhocsupport.application.OpenedConnection;
import com.adhocsupport.application.RecordingService;
import com.adhocsupport.application.security.TokenGenerator;
import com.adhocsupport.domain.session.Feature;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Joins viewers and workers into connections and relays between them (docs/protocol.md,
 * "Connections"): the ticket admits the viewer, the PC's agent is asked for a worker, the
 * worker attaches with its single-use token, and from then on frames pass unchanged, except
 * chat messages, which are stamped and audited. When the company records connections, a
 * {@link Recorder} keeps what passes.
 */
@ApplicationScoped
public class ConnectionRelay {

    static final int MAX_TEXT = 64 * 1024;
    static final int MAX_BINARY = 1024 * 1024;
    private static final int MAX_CHAT = 2000;

    static final CloseReason BAD_TICKET = new CloseReason(CloseCodes.VIOLATED_POLICY, "connection not authorized: enter the access password again");
    static final CloseReason BAD_ATTACH = new CloseReason(CloseCodes.VIOLATED_POLICY, "unknown or expired channel");
    static final CloseReason OFFLINE = new CloseReason(CloseCodes.NORMAL_CLOSURE, "the computer is offline");
    static final CloseReason NO_ANSWER = new CloseReason(CloseCodes.TRY_AGAIN_LATER, "the computer did not answer");
    static final CloseReason TOO_SLOW = new CloseReason(CloseCodes.TRY_AGAIN_LATER, "the connection is too slow");
    static final CloseReason SESSION_OVER = new CloseReason(CloseCodes.NORMAL_CLOSURE, "the support session has ended");
    static final CloseReason PEER_LEFT = new CloseReason(CloseCodes.NORMAL_CLOSURE, "connection closed");

    @EJB
    ConnectionService connections;
    @EJB
    RecordingService recordings;
    @Inject
    AgentConnections openConnections;
    @Inject
    ClusterDispatch cluster;
    @Inject
    TokenGenerator tokens;
    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * A viewer presented its ticket; empty when the viewer was refused and closed. The PC's agent
     * may be connected to another node: the request for a worker goes through the cluster, and
     * names this node so that the worker's stream is routed here, to the viewer.
     */
    Optional<Channel> join(Session viewer, String ticket, String technicianEmail) {
        Optional<OpenedConnection> opened = connections.join(ticket, technicianEmail);
        if (opened.isEmpty()) {
            AgentMessages.closeQuietly(viewer, BAD_TICKET);
            return Optional.empty();
        }
        Channel channel = new Channel(opened.get(), viewer, tokens);
        openConnections.addChannel(channel);
        JsonObjectBuilder open = AgentMessages.message("open").add("channel", channel.id())
                .add("token", channel.token()).add("feature", opened.get().feature().name())
                .add("chat", opened.get().startChat());
        if (opened.get().recording().tellsUser()) {
            open.add("recorded", true);
        }
        cluster.nodeName().ifPresent(node -> open.add("node", node));
        if (!cluster.sendToAgent(opened.get().sessionId(), open.build().toString())) {
            openConnections.removeChannel(channel);
            AgentMessages.send(viewer, status("offline").build());
            AgentMessages.closeQuietly(viewer, OFFLINE);
            return Optional.empty();
        }
        scheduler.schedule(() -> {
            if (!channel.isAttached()) {
                close(channel, NO_ANSWER, null);
            }
        }, Channel.ATTACH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return Optional.of(channel);
    }

    /** A worker attached; empty when it was refused and closed. */
    Optional<Channel> attach(Session worker, String channelId, String token, String source) {
        Optional<Channel> channel = openConnections.channel(channelId).filter(c -> c.attach(worker, token, Instant.now()));
        if (channel.isEmpty()) {
            AgentMessages.closeQuietly(worker, BAD_ATTACH);
            return channel;
        }
        OpenedConnection opened = channel.get().connection();
        // Asynchronous like all relayed frames, so each side receives in the order sent.
        channel.get().toWorker(AgentMessages.message("start").add("feature", opened.feature().name())
                .add("technician", opened.technicianName()).add("chat", opened.startChat()).build().toString());
        channel.get().toViewer(status("connected").add("feature", opened.feature().name()).build().toString());
        connections.opened(opened, source);
        recordings.start(opened).ifPresent(recordingId -> startRecording(channel.get(), opened.feature(), recordingId));
        viewersChanged(opened.sessionId());
        return channel;
    }

    /**
     * From now on what passes is recorded; of Remote Control with a keyframe asked of the worker
     * when one is due, looked at every {@link Recorder#KEYFRAME_INTERVAL}.
     */
    private void startRecording(Channel channel, Feature feature, long recordingId) {
        Recorder recorder = new Recorder(new ChunkWriter(recordingId, recordings, scheduler, ChunkWriter.MAX_PENDING_BYTES), feature);
        channel.record(recorder);
        if (!recorder.keepsScreen()) {
            return;
        }
        long every = Recorder.KEYFRAME_INTERVAL.toMillis();
        recorder.repeatKeyframes(scheduler.scheduleAtFixedRate(() -> recorder.keyframeRequest().ifPresent(channel::toWorker),
                every, every, TimeUnit.MILLISECONDS));
    }

    /** A text frame from one side for the other; chat is stamped and audited on the way. */
    void text(Channel channel, String text, boolean fromViewer) {
        String relayed = stampChat(channel, text, fromViewer);
        if (relayed == null) {
            return;
        }
        Recorder recorder = channel.recorder();
        if (recorder != null) {
            if (fromViewer) {
                recorder.fromTechnician(relayed);
            } else {
                recorder.fromPc(relayed);
            }
        }
        if (!(fromViewer ? channel.toWorker(relayed) : channel.toViewer(relayed))) {
            close(channel, TOO_SLOW, null);
        }
    }

    void binary(Channel channel, ByteBuffer data, boolean fromViewer) {
        Recorder recorder = channel.recorder();
        if (recorder != null && !fromViewer) {
            recorder.fromPc(data);
        }
        if (!(fromViewer ? channel.toWorker(data) : channel.toViewer(data))) {
            close(channel, TOO_SLOW, null);
        }
    }

    /** Ends the connection on both sides; the ad hoc session itself goes on. */
    void close(Channel channel, CloseReason reason, String source) {
        if (!channel.markClosed()) {
            return;
        }
        openConnections.removeChannel(channel);
        if (channel.recorder() != null) {
            channel.recorder().close();
        }
        channel.toViewer(status("closed").add("reason", reason.getReasonPhrase()).build().toString());
        AgentMessages.closeQuietly(channel.viewer(), reason);
        if (channel.isAttached()) {
            AgentMessages.closeQuietly(channel.worker(), PEER_LEFT);
            connections.closed(channel.connection(), source);
            viewersChanged(channel.connection().sessionId());
        }
    }

    /**
     * Chat messages are kept in the audit trail and stamped with who wrote them and when;
     * everything else passes unchanged. Null for a chat message that is empty or too long.
     */
    private String stampChat(Channel channel, String text, boolean fromTechnician) {
        if (!text.contains("\"chat\"")) {
            return text;
        }
        Optional<JsonObject> message = AgentMessages.parse(text);
        if (message.isEmpty() || !"chat".equals(message.get().getString("type"))) {
            return text;
        }
        String said = AgentMessages.text(message.get(), "text");
        if (said == null || said.isBlank() || said.length() > MAX_CHAT) {
            return null;
        }
        connections.chat(channel.connection(), fromTechnician, said);
        return AgentMessages.message("chat").add("text", said)
                .add("from", fromTechnician ? "technician" : "user").add("at", Instant.now().toString()).build().toString();
    }

    /** The PC's app shows how many technicians are connected, whichever nodes their viewers are on. */
    private void viewersChanged(long sessionId) {
        cluster.sendToAgent(sessionId, AgentMessages.message("viewers")
                .add("count", cluster.attachedViewers(sessionId)).build().toString());
    }

    private static JsonObjectBuilder status(String state) {
        return AgentMessages.message("status").add("state", state);
    }
}
