// The binary frames between the worker and the viewer (docs/protocol.md, "Binary frames"):
// the first byte is the kind, integers are little-endian. Their layouts live here only; the
// shared golden vectors (docs/vectors) check them against the agent's encoders.
export const KIND = { RECT: 0x01, FRAME_END: 0x02, CURSOR: 0x03, FILE_DATA: 0x04, BUNDLE_U32: 0x05, BUNDLE: 0x06 };
export const ENCODING = { JPEG: 1, PNG: 2, BILEVEL: 3, WEBP: 4, COPY: 5 };

const RECT_HEADER = 10;
const FRAME_END_SIZE = 5;
const CURSOR_HEADER = 9;
const FILE_DATA_HEADER = 5;

/**
 * The frames a binary message carries, each an ArrayBuffer of its own: a bundle's (u8 kind, then
 * each frame after its length: a LEB128 varint in 0x06, what the agent sends; a u32 in 0x05, kept
 * for recordings made before), or else the message itself. Empty frames are left out; a bundle's
 * frame that would run past its end is dropped with all after it.
 */
export function framesOf(buffer) {
  const kind = buffer.byteLength ? new Uint8Array(buffer, 0, 1)[0] : 0;
  if (kind !== KIND.BUNDLE && kind !== KIND.BUNDLE_U32) {
    return buffer.byteLength ? [buffer] : [];
  }
  const bytes = new Uint8Array(buffer);
  const view = new DataView(buffer);
  const readLength = kind === KIND.BUNDLE ? at => varint(bytes, at)
    : at => (at + 4 <= bytes.length ? { length: view.getUint32(at, true), next: at + 4 } : null);
  const frames = [];
  for (let at = 1, read; at < bytes.length && (read = readLength(at)) !== null;) {
    const end = read.next + read.length;
    if (end > bytes.length) {
      break;
    }
    if (end > read.next) {
      frames.push(buffer.slice(read.next, end));
    }
    at = end;
  }
  return frames;
}

/** The LEB128 varint at bytes[at] (at most 4 bytes: a message is under 2^28) and where it ends; null when cut short. */
function varint(bytes, at) {
  let length = 0;
  for (let shift = 0; shift < 28 && at < bytes.length; shift += 7) {
    const byte = bytes[at++];
    length += (byte & 0x7F) * 2 ** shift;
    if (byte < 0x80) {
      return { length, next: at };
    }
  }
  return null;
}

/** 0x01: u8 kind, u8 encoding, u16 x, u16 y, u16 w, u16 h, bytes; null when shorter than that. */
export function readRect(buffer) {
  if (buffer.byteLength < RECT_HEADER) {
    return null;
  }
  const view = new DataView(buffer);
  return {
    encoding: view.getUint8(1),
    x: view.getUint16(2, true),
    y: view.getUint16(4, true),
    width: view.getUint16(6, true),
    height: view.getUint16(8, true),
    bytes: new Uint8Array(buffer, RECT_HEADER)
  };
}

/** A copy rect's data (encoding 5): u16 x, u16 y of the block its pixels come from; null when cut short. */
export function readCopySource(rect) {
  if (rect.bytes.byteLength < 4) {
    return null;
  }
  const view = new DataView(rect.bytes.buffer, rect.bytes.byteOffset, 4);
  return { x: view.getUint16(0, true), y: view.getUint16(2, true) };
}

/** 0x02: u8 kind, u32 seq; a frame end too short to carry its number counts as 0. */
export function readFrameEnd(buffer) {
  return buffer.byteLength >= FRAME_END_SIZE ? new DataView(buffer).getUint32(1, true) : 0;
}

/** 0x03: u8 kind, u16 hotX, u16 hotY, u16 w, u16 h, PNG; null when shorter than that. */
export function readCursorShape(buffer) {
  if (buffer.byteLength < CURSOR_HEADER) {
    return null;
  }
  const view = new DataView(buffer);
  return {
    hotX: view.getUint16(1, true),
    hotY: view.getUint16(3, true),
    width: view.getUint16(5, true),
    height: view.getUint16(7, true),
    png: new Uint8Array(buffer, CURSOR_HEADER)
  };
}

/** 0x04: u8 kind, u32 transfer, bytes; null without a whole transfer id. */
export function readFileData(buffer) {
  if (buffer.byteLength < FILE_DATA_HEADER) {
    return null;
  }
  return { transfer: new DataView(buffer).getUint32(1, true), bytes: new Uint8Array(buffer, FILE_DATA_HEADER) };
}

/** A file-data frame (0x04) carrying one chunk of an upload. */
export function fileDataFrame(transfer, bytes) {
  const frame = new Uint8Array(FILE_DATA_HEADER + bytes.byteLength);
  frame[0] = KIND.FILE_DATA;
  new DataView(frame.buffer).setUint32(1, transfer, true);
  frame.set(bytes, FILE_DATA_HEADER);
  return frame;
}
