/** Recordings of Remote Control connections: the company's policy, the recordings, their sealed chunks, and who may play them. */
package com.adhocsupport.domain.recording;
