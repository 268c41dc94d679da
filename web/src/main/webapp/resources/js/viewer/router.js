// What the viewer's WebSocket receives, routed (docs/protocol.md, "Connections"): text
// messages to the request waiting for their "id", else to the listeners of their "type";
// binary frames by their first byte (a bundle's one by one), file data by its transfer. No
// socket and no page here: a subclass (Connection) adds both and provides the two answers
// routing leaves to it, status(message) for `status` messages and unknownType(message).
import { KIND, framesOf, readFileData } from './frames.js';

export class MessageRouter {
  constructor() {
    this.handlers = new Map();     // type -> [fn]
    this.binary = new Map();       // kind -> fn(ArrayBuffer)
    this.tracked = new Map();      // request id -> fn(message)
    this.transfers = new Map();    // transfer id -> fn(Uint8Array)
  }

  /** Listeners for a message type; several may listen to one type. */
  on(type, fn) {
    if (!this.handlers.has(type)) {
      this.handlers.set(type, []);
    }
    this.handlers.get(type).push(fn);
  }

  onBinary(kind, fn) {
    this.binary.set(kind, fn);
  }

  /** Routes every message with this id to fn until untrack(id). */
  track(id, fn) {
    this.tracked.set(id, fn);
  }

  untrack(id) {
    this.tracked.delete(id);
    this.transfers.delete(id);
  }

  /** File-data frames (0x04) of one transfer. */
  trackTransfer(id, fn) {
    this.transfers.set(id, fn);
  }

  /** A WebSocket message: a string or an ArrayBuffer; anything malformed is dropped. */
  receive(data) {
    if (typeof data === 'string') {
      this.receiveText(data);
    } else if (data instanceof ArrayBuffer && data.byteLength >= 1) {
      this.receiveBinary(data);
    }
  }

  receiveText(data) {
    let message;
    try {
      message = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (!message || typeof message.type !== 'string') {
      return;
    }
    if (message.type === 'status') {
      this.status(message);
      return;
    }
    if (message.id !== undefined && this.tracked.has(message.id)) {
      this.tracked.get(message.id)(message);
      return;
    }
    const list = this.handlers.get(message.type);
    if (list) {
      list.forEach(fn => fn(message));
    } else if (message.type !== 'error') {
      this.unknownType(message);
    }
  }

  receiveBinary(data) {
    framesOf(data).forEach(frame => this.receiveFrame(frame));
  }

  receiveFrame(data) {
    const kind = new Uint8Array(data, 0, 1)[0];
    if (kind === KIND.FILE_DATA) {
      const chunk = readFileData(data);
      const fn = chunk && this.transfers.get(chunk.transfer);
      if (fn) {
        fn(chunk.bytes);
      }
      return;
    }
    const fn = this.binary.get(kind);
    if (fn) {
      fn(data);
    }
  }

  /** Fails every request still waiting for its answer: the connection is gone. */
  finish() {
    for (const fn of this.tracked.values()) {
      fn({ type: 'failed', code: 'CLOSED' });
    }
    this.tracked.clear();
    this.transfers.clear();
  }
}
