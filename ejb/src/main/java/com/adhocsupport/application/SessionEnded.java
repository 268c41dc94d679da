package com.adhocsupport.application;

import com.adhocsupport.domain.session.EndReason;

/** A session ended; fired after the commit so that a connected agent can be told at once. */
public record SessionEnded(long sessionId, EndReason reason) {
}
