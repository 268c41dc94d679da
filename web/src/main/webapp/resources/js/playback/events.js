// A recording's events (docs/protocol.md, "Recordings"): u8 kind, u32 at (ms), u32 length,
// bytes, little-endian. Read once into a list the player walks; keyframes are the PC's
// `screen` messages, after which a full frame follows, so playback can start at any of them.
export const EVENT = { PC_TEXT: 1, PC_BINARY: 2, TECHNICIAN_TEXT: 3, GAP: 4 };

const HEADER = 9;
const decoder = new TextDecoder();

function parseJson(text) {
  try {
    const message = JSON.parse(text);
    return message && typeof message === 'object' ? message : null;
  } catch (e) {
    return null;
  }
}

/**
 * The events of an ArrayBuffer, each { kind, at, message } for text (null when not JSON) or
 * { kind, at, frame } for a binary frame (an ArrayBuffer of its own). Reading stops at an event
 * cut short.
 */
export function readEvents(buffer) {
  const view = new DataView(buffer);
  const events = [];
  let offset = 0;
  while (offset + HEADER <= buffer.byteLength) {
    const kind = view.getUint8(offset);
    const at = view.getUint32(offset + 1, true);
    const length = view.getUint32(offset + 5, true);
    const start = offset + HEADER;
    if (start + length > buffer.byteLength) {
      break;
    }
    if (kind === EVENT.PC_BINARY) {
      events.push({ kind, at, frame: buffer.slice(start, start + length) });
    } else {
      events.push({ kind, at, message: kind === EVENT.GAP ? null : parseJson(decoder.decode(new Uint8Array(buffer, start, length))) });
    }
    offset = start + length;
  }
  return events;
}

export function isKeyframe(event) {
  return event.kind === EVENT.PC_TEXT && event.message !== null && event.message.type === 'screen';
}

/** The index of the last keyframe at or before `at` (0 when there is none: play from the start). */
export function keyframeBefore(events, at) {
  let found = 0;
  for (let i = 0; i < events.length && events[i].at <= at; i++) {
    if (isKeyframe(events[i])) {
      found = i;
    }
  }
  return found;
}

/** "1:05" or "1:02:03" for a time in ms. */
export function clock(ms) {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor(total / 60) % 60;
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
