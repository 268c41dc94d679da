// A plain PNG reader for the tests (the viewer leaves PNG to the browser): the colour types
// and bit depths the agent writes (palette of 1, 2, 4, 8 bits; RGB and RGBA of 8), any of the
// five row filters, every chunk's CRC checked, the image data inflated with Node's zlib. Throws on anything else.
import { inflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
const CHANNELS = { 2: 3, 3: 1, 6: 4 };   // colour type -> samples a pixel
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xFFFFFFFF;
  for (const b of bytes) {
    c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
  }
  return (c ^ 0xFFFFFFFF) >>> 0;
}

function chunks(bytes) {
  if (SIGNATURE.some((b, i) => bytes[i] !== b)) {
    throw new Error('no PNG signature');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const typeAndData = bytes.subarray(at + 4, at + 8 + length);
    if (view.getUint32(at + 8 + length) !== crc32(typeAndData)) {
      throw new Error('bad CRC at byte ' + at);
    }
    list.push({ type: String.fromCharCode(...typeAndData.subarray(0, 4)), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  return list;
}

/** Undoes the five PNG row filters in place (each row keeps its filter byte in front). */
function unfilter(data, rowBytes, height, bpp) {
  const paeth = (a, b, c) => {
    const p = a + b - c;
    const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
  };
  for (let y = 0; y < height; y++) {
    const at = y * (rowBytes + 1);
    const filter = data[at];
    if (filter > 4) {
      throw new Error(`row ${y}: filter ${filter}`);
    }
    for (let i = 1; i <= rowBytes; i++) {
      const left = i > bpp ? data[at + i - bpp] : 0;
      const up = y > 0 ? data[at - rowBytes - 1 + i] : 0;
      const upLeft = y > 0 && i > bpp ? data[at - rowBytes - 1 + i - bpp] : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      data[at + i] = (data[at + i] + predicted) & 0xFF;
    }
  }
}

/** {width, height, rgba} of a PNG's bytes (rgba: 4 bytes a pixel, row after row). */
export function readPng(bytes) {
  const list = chunks(bytes);
  if (list[0].type !== 'IHDR' || list[list.length - 1].type !== 'IEND') {
    throw new Error('IHDR must come first and IEND last');
  }
  const header = new DataView(list[0].data.buffer, list[0].data.byteOffset, 13);
  const width = header.getUint32(0);
  const height = header.getUint32(4);
  const [depth, type, compression, filter, interlace] = list[0].data.subarray(8, 13);
  const channels = CHANNELS[type];
  if (!channels || (type !== 3 && depth !== 8) || compression || filter || interlace) {
    throw new Error(`unexpected IHDR: depth ${depth}, colour type ${type}`);
  }
  const palette = list.find(c => c.type === 'PLTE');
  const data = inflateSync(Buffer.concat(list.filter(c => c.type === 'IDAT').map(c => c.data)));
  const rowBytes = Math.ceil(width * channels * depth / 8);
  if (data.length !== (rowBytes + 1) * height) {
    throw new Error(`${data.length} bytes of image data, expected ${(rowBytes + 1) * height}`);
  }
  unfilter(data, rowBytes, height, Math.max(1, (channels * depth) >> 3));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = data.subarray(y * (rowBytes + 1), (y + 1) * (rowBytes + 1));
    for (let x = 0; x < width; x++) {
      const out = (y * width + x) * 4;
      if (type === 3) {
        const bit = x * depth;
        const index = (row[1 + (bit >> 3)] >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
        if (!palette || index * 3 + 3 > palette.data.length) {
          throw new Error(`pixel (${x}, ${y}): index ${index} outside the palette`);
        }
        rgba.set(palette.data.subarray(index * 3, index * 3 + 3), out);
        rgba[out + 3] = 0xFF;
      } else {
        rgba.set(row.subarray(1 + x * channels, 1 + x * channels + channels), out);
        if (channels === 3) {
          rgba[out + 3] = 0xFF;
        }
      }
    }
  }
  return { width, height, rgba };
}
