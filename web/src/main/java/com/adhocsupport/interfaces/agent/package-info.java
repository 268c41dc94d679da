/** The agent's WebSocket endpoint and the registry of agent connections open on this node (docs/protocol.md). */
package com.adhocsupport.interfaces.agent;
