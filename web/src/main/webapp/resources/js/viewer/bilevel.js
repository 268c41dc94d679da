// Bilevel rects (encoding 3, docs/protocol.md "Bilevel rects"): one or two colours, each
// row first a bit saying whether it is the row above again, the others' pixels decoded with
// a binary range decoder whose odds come from 16 neighbours already decoded. The odds carry
// from rect to rect, in step with the PC's encoder (agent-msi src/core/BilevelCoder); both
// start over at every `screen` message.
const CONTEXTS = 1 << 16;
const ROW_CONTEXT = CONTEXTS;  // the row bits' odds, after the pixels'
// The payload's first byte. Without NEW_COLOURS the colours are the previous rect's; without
// TYPICAL_ROWS (agents before it, recordings they made) no row has its bit.
const NEW_COLOURS = 1;
const TYPICAL_ROWS = 2;
const MAX_PIXELS = 500000;

export class BilevelDecoder {
  constructor() {
    this.reset();
  }

  reset() {
    this.odds = new Uint16Array(CONTEXTS + 1).fill(0x8000);
    this.seen = new Uint8Array(CONTEXTS + 1);
    this.colours = null;
  }

  /** The rect as ImageData, or null when the payload cannot be one. */
  decode(bytes, width, height) {
    if (bytes.length < 1 || width < 1 || height < 1 || width * height > MAX_PIXELS) {
      return null;
    }
    const flags = bytes[0];
    if (flags > (NEW_COLOURS | TYPICAL_ROWS)) {
      return null;
    }
    if (flags & NEW_COLOURS) {
      if (bytes.length < 7) {
        return null;
      }
      this.colours = [opaque(bytes, 1), opaque(bytes, 4)];
    } else if (!this.colours) {
      return null;
    }
    const image = new ImageData(width, height);
    this.decodeBits(bytes, flags & NEW_COLOURS ? 7 : 1, width, height, (flags & TYPICAL_ROWS) !== 0,
      new Uint32Array(image.data.buffer));
    return image;
  }

  /**
   * Written for speed: the template's three row windows and the range decoder inline, its state
   * in local variables (a closure over them kept them in a heap context: decoding a page of
   * 1-bit text took 18.0 ms in Node, now 14.2). A row with its bit starts at x = -1, that bit.
   */
  decodeBits(bytes, start, width, height, typicalRows, pixels) {
    const { odds, seen } = this;
    const [zero, one] = this.colours;
    const end = bytes.length;
    let at = start;
    let range = 0xFFFFFFFF;
    let code = 0;
    for (let i = 0; i < 4; i++) {
      code = code * 256 + (at < end ? bytes[at++] : 0);
    }
    // Rows y-2 and y-1, and the row being decoded, with 4 zero pixels past the end.
    let above2 = new Uint8Array(width + 4);
    let above1 = new Uint8Array(width + 4);
    let current = new Uint8Array(width + 4);
    for (let y = 0, out = 0; y < height; y++, out += width) {
      let up2 = (above2[0] << 2) | (above2[1] << 1) | above2[2];
      let up1 = (above1[0] << 3) | (above1[1] << 2) | (above1[2] << 1) | above1[3];
      let left = 0;
      let repeated = false;
      for (let x = typicalRows ? -1 : 0; x < width; x++) {
        // One bit with the context's odds, which then learn from it.
        const context = x < 0 ? ROW_CONTEXT : (up2 << 11) | (up1 << 4) | left;
        const p = odds[context];
        const shift = seen[context] + 1;
        if (shift < 4) {
          seen[context] = shift;
        }
        const bound = (range >>> 16) * p;
        let value;
        if (code < bound) {
          range = bound;
          odds[context] = p + ((0x10000 - p) >> shift);
          value = 0;
        } else {
          code -= bound;
          range -= bound;
          odds[context] = p - (p >> shift);
          value = 1;
        }
        while (range < 0x1000000) {
          range *= 256;
          code = code * 256 + (at < end ? bytes[at++] : 0);
        }
        if (x < 0) {
          repeated = value === 0;
          if (repeated) {
            break;
          }
          continue;
        }
        current[x] = value;
        pixels[out + x] = value ? one : zero;
        up2 = ((up2 << 1) | above2[x + 3]) & 0x1F;
        up1 = ((up1 << 1) | above1[x + 4]) & 0x7F;
        left = ((left << 1) | value) & 0xF;
      }
      if (repeated) {
        // The row above again (zeros above the first): nothing was coded for it.
        current.set(above1);
        if (y === 0) {
          pixels.fill(zero, 0, width);
        } else {
          pixels.copyWithin(out, out - width, out);
        }
      }
      const spare = above2;
      above2 = above1;
      above1 = current;
      current = spare;
    }
  }
}

/** R, G, B at `at` as an opaque pixel in ImageData's byte order (little-endian words). */
function opaque(bytes, at) {
  return (0xFF000000 | (bytes[at + 2] << 16) | (bytes[at + 1] << 8) | bytes[at]) >>> 0;
}
