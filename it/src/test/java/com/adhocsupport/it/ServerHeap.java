package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/** The test server's heap, read from its memory MBean over the management port (never the test JVM's). */
final class ServerHeap {

    private ServerHeap() {
    }

    /** Bytes of heap in use after a full collection. */
    static long usedAfterGc(ManagementClient management) throws IOException {
        ModelNode memory = new ModelNode();
        memory.get("address").add("core-service", "platform-mbean").add("type", "memory");
        ModelNode gc = memory.clone();
        gc.get("operation").set("gc");
        execute(management, gc);
        execute(management, gc);
        ModelNode read = memory.clone();
        read.get("operation").set("read-attribute");
        read.get("name").set("heap-memory-usage");
        return execute(management, read).get("used").asLong();
    }

    private static ModelNode execute(ManagementClient management, ModelNode operation) throws IOException {
        ModelNode answer = management.getControllerClient().execute(operation);
        assertEquals("success", answer.get("outcome").asString(), answer.toString());
        return answer.get("result");
    }
}
