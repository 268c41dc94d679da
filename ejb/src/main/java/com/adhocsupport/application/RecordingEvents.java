package com.adhocsupport.application;

import java.io.Serializable;

/**
 * One page of a recording's events, as {@link RecordingService#events} reads them: the events of
 * {@code chunks} chunks, and the chunk place the next page starts from.
 */
public record RecordingEvents(byte[] events, int chunks, int nextSeq) implements Serializable {
}
