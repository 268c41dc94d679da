package com.adhocsupport.interfaces.agent;

import com.adhocsupport.domain.session.EndReason;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.server.dispatcher.Command;
import org.wildfly.clustering.server.dispatcher.CommandDispatcher;
import org.wildfly.clustering.server.dispatcher.CommandDispatcherFactory;

/**
 * Reaches the connections held by other nodes, through WildFly's command dispatcher on the
 * cluster's default group (docs/protocol.md, "In a cluster"). A PC's agent connection lives on
 * one node, the viewers of its connections on any; a command goes to every node and the node
 * that holds what it is about acts. On a single server the group is this node alone.
 */
@ApplicationScoped
public class ClusterDispatch {

    private static final Logger LOG = Logger.getLogger(ClusterDispatch.class.getName());
    /** How long a question to the other nodes may take before their silence counts as "no". */
    private static final long ANSWER_TIMEOUT_MS = 3000;

    @Resource(lookup = "java:jboss/clustering/server/command-dispatcher-factory/default")
    CommandDispatcherFactory<GroupMember> factory;
    @Inject
    ThisNode thisNode;

    private CommandDispatcher<GroupMember, ThisNode> dispatcher;

    /**
     * Registers this node's dispatcher when the application starts, so that the other nodes'
     * commands find it (a node without it does not answer them).
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        dispatcher = factory.createCommandDispatcher("adhoc-support-connections", thisNode, ClusterDispatch.class.getClassLoader());
    }

    @PreDestroy
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
    }

    /** This node's name in a cluster, the balancer's route to it; empty on a single server. */
    public Optional<String> nodeName() {
        return factory.getGroup().isSingleton() ? Optional.empty() : Optional.of(factory.getGroup().getLocalMember().getName());
    }

    /** @return whether the PC's agent is connected to some node, which then sent it the message */
    public boolean sendToAgent(long sessionId, String message) {
        return answers(new NodeCommands.SendToAgent(sessionId, message)).stream().anyMatch(Boolean.TRUE::equals);
    }

    /** Every node tells the PC, if it holds its connection, and closes the session's connections it holds. */
    public void endSession(long sessionId, EndReason reason) {
        try {
            dispatcher.dispatchToGroup(new NodeCommands.EndSession(sessionId, reason));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not tell the cluster that session " + sessionId + " ended", e);
        }
    }

    /** The viewers attached to the session's connections, on every node. */
    public long attachedViewers(long sessionId) {
        return answers(new NodeCommands.CountViewers(sessionId)).stream().filter(count -> count != null).mapToLong(Long::longValue).sum();
    }

    /** The answers of the nodes that answered in time; a node that did not is left out. */
    private <R> Collection<R> answers(Command<R, ? super ThisNode, RuntimeException> command) {
        try {
            return dispatcher.dispatchToGroup(command).values().stream().map(ClusterDispatch::await).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not reach the cluster", e);
            return List.of();
        }
    }

    private static <R> Optional<R> await(CompletionStage<R> answer) {
        try {
            return Optional.ofNullable(answer.toCompletableFuture().get(ANSWER_TIMEOUT_MS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            // A node that is starting, stopping or gone has no answer; the others' count.
            return Optional.empty();
        }
    }
}
