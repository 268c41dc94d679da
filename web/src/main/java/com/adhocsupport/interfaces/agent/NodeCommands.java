package com.adhocsupport.interfaces.agent;

import com.adhocsupport.domain.session.EndReason;
import java.io.Serializable;
import org.wildfly.clustering.server.dispatcher.Command;

/** The commands one node sends every node of the cluster (see {@link ClusterDispatch}); each runs on {@link ThisNode}. */
final class NodeCommands {

    private NodeCommands() {
    }

    record SendToAgent(long sessionId, String message) implements Command<Boolean, ThisNode, RuntimeException>, Serializable {
        @Override
        public Boolean execute(ThisNode node) {
            return node.sendToAgent(sessionId, message);
        }
    }

    record EndSession(long sessionId, EndReason reason) implements Command<Void, ThisNode, RuntimeException>, Serializable {
        @Override
        public Void execute(ThisNode node) {
            node.endSession(sessionId, reason);
            return null;
        }
    }

    record CountViewers(long sessionId) implements Command<Long, ThisNode, RuntimeException>, Serializable {
        @Override
        public Long execute(ThisNode node) {
            return node.attachedViewers(sessionId);
        }
    }
}
