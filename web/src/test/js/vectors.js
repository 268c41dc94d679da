// Reads the golden vectors in docs/vectors (format: docs/vectors/README.md) for the tests.
import { readFileSync } from 'node:fs';

const FOLDER = new URL('../../../../docs/vectors/', import.meta.url);

/** The vector lines of one file, each as its fields; comments and blank lines left out. */
export function vectors(file) {
  return readFileSync(new URL(file, FOLDER), 'utf8').split('\n')
    .filter(line => line && !line.startsWith('#'))
    .map(line => line.split(' '));
}

export function fromHex(hex) {
  if (!/^([0-9a-f]{2})*$/.test(hex)) {
    throw new Error('not hex: ' + hex.slice(0, 40));
  }
  return Uint8Array.from(hex.match(/../g) || [], pair => parseInt(pair, 16));
}

/** A frame as the WebSocket hands it over: an ArrayBuffer of its own. */
export function frameOf(hex) {
  return fromHex(hex).buffer;
}

/** Vector pixels (RRGGBB, or RRGGBBAA with alpha) as RGBA bytes, ImageData's layout. */
export function rgbaOf(hex, alpha) {
  const bytes = fromHex(hex);
  const size = alpha ? 4 : 3;
  const rgba = new Uint8Array(bytes.length / size * 4);
  for (let i = 0, o = 0; i < bytes.length; i += size, o += 4) {
    rgba.set(bytes.subarray(i, i + 3), o);
    rgba[o + 3] = alpha ? bytes[i + 3] : 0xFF;
  }
  return rgba;
}

/** Null when the two RGBA images are equal, else where and how the first pixel differs. */
export function firstDifference(actual, expected, width) {
  if (actual.length !== expected.length) {
    return `${actual.length / 4} pixels, expected ${expected.length / 4}`;
  }
  for (let i = 0; i < expected.length; i++) {
    if (actual[i] !== expected[i]) {
      const pixel = i >> 2;
      const rgba = data => Buffer.from(data.subarray(pixel * 4, pixel * 4 + 4)).toString('hex');
      return `pixel (${pixel % width}, ${Math.floor(pixel / width)}) is ${rgba(actual)}, expected ${rgba(expected)}`;
    }
  }
  return null;
}
