// A recording's events as the relay writes them (docs/protocol.md, "Recordings") and the
// keyframes playback seeks by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT, readEvents, keyframeBefore, clock }
  from '../../main/webapp/resources/js/playback/events.js';

/** One event: u8 kind, u32 at, u32 length, bytes (little-endian). */
function event(kind, at, bytes) {
  const out = new Uint8Array(9 + bytes.length);
  const view = new DataView(out.buffer);
  view.setUint8(0, kind);
  view.setUint32(1, at, true);
  view.setUint32(5, bytes.length, true);
  out.set(bytes, 9);
  return out;
}

const text = (kind, at, message) => event(kind, at, new TextEncoder().encode(JSON.stringify(message)));

function recording(...events) {
  const total = events.reduce((n, e) => n + e.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const e of events) {
    out.set(e, offset);
    offset += e.length;
  }
  return out.buffer;
}

const SCREEN = { type: 'screen', width: 64, height: 48, monitor: 0 };

test('reads text, binary and gap events with their times', () => {
  const events = readEvents(recording(
    text(EVENT.PC_TEXT, 0, SCREEN),
    event(EVENT.PC_BINARY, 5, [2, 1, 0, 0, 0]),
    text(EVENT.TECHNICIAN_TEXT, 70000, { type: 'chat', text: 'hi', from: 'technician' }),
    event(EVENT.GAP, 0x01020304, [])));
  assert.deepEqual(events.map(e => [e.kind, e.at]), [[1, 0], [2, 5], [3, 70000], [4, 0x01020304]]);
  assert.deepEqual(events[0].message, SCREEN);
  assert.deepEqual([...new Uint8Array(events[1].frame)], [2, 1, 0, 0, 0], 'a binary frame is an ArrayBuffer of its own');
  assert.equal(events[1].frame.byteLength, 5);
  assert.equal(events[2].message.text, 'hi');
});

test('text that is no JSON is kept without a message; an event cut short ends the reading', () => {
  const bad = event(EVENT.PC_TEXT, 1, new TextEncoder().encode('{not json'));
  const cut = event(EVENT.PC_TEXT, 2, new TextEncoder().encode('{}')).slice(0, 10);
  const events = readEvents(recording(bad, cut));
  assert.equal(events.length, 1);
  assert.equal(events[0].message, null);
});

test('seeking starts at the last screen message at or before the time', () => {
  const events = readEvents(recording(
    text(EVENT.PC_TEXT, 0, { type: 'cursor', x: 1, y: 1 }),
    text(EVENT.PC_TEXT, 100, SCREEN),
    event(EVENT.PC_BINARY, 150, [1]),
    text(EVENT.PC_TEXT, 15000, SCREEN),
    event(EVENT.PC_BINARY, 15010, [1])));
  assert.equal(keyframeBefore(events, 50), 0, 'before any keyframe: from the start');
  assert.equal(keyframeBefore(events, 100), 1);
  assert.equal(keyframeBefore(events, 14999), 1);
  assert.equal(keyframeBefore(events, 20000), 3);
});

test('times read as minutes and seconds, hours when there are any', () => {
  assert.equal(clock(0), '0:00');
  assert.equal(clock(65999), '1:05');
  assert.equal(clock(3723000), '1:02:03');
});
