/** The agent's WebSocket endpoint and the table of the agent connections open on this node (docs/protocol.md). */
package com.adhocsupport.interfaces.agent;
