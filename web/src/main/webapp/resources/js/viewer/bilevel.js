// Bilevel rects (encoding 3, docs/protocol.md "Bilevel rects"): one or two colours, each
// pixel's bit decoded with a binary range decoder whose odds come from 16 neighbours
// already decoded. The odds carry from rect to rect, in step with the PC's encoder
// (agent-msi src/core/BilevelCoder); both start over at every `screen` message.
const CONTEXTS = 1 << 16;
const NEW_COLOURS = 1;
const SAME_COLOURS = 0;
const MAX_PIXELS = 500000;

export class BilevelDecoder {
  constructor() {
    this.reset();
  }

  reset() {
    this.odds = new Uint16Array(CONTEXTS).fill(0x8000);
    this.seen = new Uint8Array(CONTEXTS);
    this.colours = null;
  }

  /** The rect as ImageData, or null when the payload cannot be one. */
  decode(bytes, width, height) {
    if (bytes.length < 1 || width < 1 || height < 1 || width * height > MAX_PIXELS) {
      return null;
    }
    if (bytes[0] === NEW_COLOURS && bytes.length >= 7) {
      this.colours = [opaque(bytes, 1), opaque(bytes, 4)];
    } else if (bytes[0] !== SAME_COLOURS || !this.colours) {
      return null;
    }
    const image = new ImageData(width, height);
    this.decodeBits(bytes, bytes[0] === NEW_COLOURS ? 7 : 1, width, height, new Uint32Array(image.data.buffer));
    return image;
  }

  /** Written for speed: the range decoder and the template's three row windows inline. */
  decodeBits(bytes, start, width, height, pixels) {
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
    let out = 0;
    for (let y = 0; y < height; y++) {
      let up2 = (above2[0] << 2) | (above2[1] << 1) | above2[2];
      let up1 = (above1[0] << 3) | (above1[1] << 2) | (above1[2] << 1) | above1[3];
      let left = 0;
      for (let x = 0; x < width; x++) {
        const context = (up2 << 11) | (up1 << 4) | left;
        const p = odds[context];
        const shift = seen[context] + 1;
        if (shift < 4) {
          seen[context] = shift;
        }
        const bound = (range >>> 16) * p;
        let bit;
        if (code < bound) {
          range = bound;
          odds[context] = p + ((0x10000 - p) >> shift);
          bit = 0;
        } else {
          code -= bound;
          range -= bound;
          odds[context] = p - (p >> shift);
          bit = 1;
        }
        while (range < 0x1000000) {
          range *= 256;
          code = code * 256 + (at < end ? bytes[at++] : 0);
        }
        current[x] = bit;
        pixels[out++] = bit ? one : zero;
        up2 = ((up2 << 1) | above2[x + 3]) & 0x1F;
        up1 = ((up1 << 1) | above1[x + 4]) & 0x7F;
        left = ((left << 1) | bit) & 0xF;
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
