// The bilevel decoder's own rules (docs/protocol.md, "Bilevel rects"); its agreement with the
// agent's encoder is golden-vectors.test.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './image-data.js';
import { BilevelDecoder } from '../../main/webapp/resources/js/viewer/bilevel.js';

const NAVY_ON_WHITE = [1, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x80];

/** The distinct RGBA pixels of an image, as hex. */
function colours(image) {
  const seen = new Set();
  for (let i = 0; i < image.data.length; i += 4) {
    seen.add(Buffer.from(image.data.subarray(i, i + 4)).toString('hex'));
  }
  return [...seen];
}

test('no coded bytes at all is a rect of bit 0, in the colour given for it, opaque', () => {
  // Bytes past the end read as 0, and a code of 0 is always below the bound: every bit is 0.
  const image = new BilevelDecoder().decode(Uint8Array.from(NAVY_ON_WHITE), 5, 3);
  assert.deepEqual([image.width, image.height], [5, 3]);
  assert.deepEqual(colours(image), ['ffffffff']);
});

test('"same colours" reuses the previous rect\'s two, until a reset', () => {
  const decoder = new BilevelDecoder();
  assert.equal(decoder.decode(Uint8Array.of(0), 2, 2), null, 'no colours yet');
  decoder.decode(Uint8Array.from(NAVY_ON_WHITE), 2, 2);
  assert.deepEqual(colours(decoder.decode(Uint8Array.of(0), 2, 2)), ['ffffffff']);
  decoder.reset();
  assert.equal(decoder.decode(Uint8Array.of(0), 2, 2), null, 'a screen message forgets them');
});

test('with row bits, a row whose bit is 0 repeats the row above, in place of its pixels', () => {
  // No coded bytes: every row bit is 0, so every row is the first's, and that one the zeros
  // above the rect: the whole rect is colour 0, whatever its size, and no pixel is decoded.
  const decoder = new BilevelDecoder();
  const image = decoder.decode(Uint8Array.from([3, ...NAVY_ON_WHITE.slice(1)]), 700, 700);
  assert.deepEqual(colours(image), ['ffffffff']);
  // Nor does any pixel's context learn: the model is where it started.
  assert.ok(decoder.odds.subarray(0, 1 << 16).every(p => p === 0x8000));
  assert.ok(decoder.seen.subarray(0, 1 << 16).every(n => n === 0));
  assert.equal(decoder.seen[1 << 16], 3, 'the row bits\' own odds learnt');
});

test('payloads that cannot be a bilevel rect are refused', () => {
  const decoder = new BilevelDecoder();
  assert.equal(decoder.decode(new Uint8Array(0), 4, 4), null, 'empty');
  assert.equal(decoder.decode(Uint8Array.of(1, 1, 2, 3, 4, 5), 4, 4), null, 'new colours cut short');
  assert.equal(decoder.decode(Uint8Array.of(4, 1, 2, 3, 4, 5, 6), 4, 4), null, 'unknown flag');
  assert.equal(decoder.decode(Uint8Array.of(3, 1, 2, 3, 4, 5), 4, 4), null, 'new colours with row bits cut short');
  assert.equal(decoder.decode(Uint8Array.of(2), 4, 4), null, 'row bits, no colours yet');
  assert.equal(decoder.decode(Uint8Array.from(NAVY_ON_WHITE), 0, 4), null, 'no width');
  assert.equal(decoder.decode(Uint8Array.from(NAVY_ON_WHITE), 4, 0), null, 'no height');
});

test('a rect may hold 500,000 pixels and no more', () => {
  const decoder = new BilevelDecoder();
  assert.ok(decoder.decode(Uint8Array.from(NAVY_ON_WHITE), 1000, 500));
  assert.equal(decoder.decode(Uint8Array.from(NAVY_ON_WHITE), 1000, 501), null);
  assert.equal(decoder.decode(Uint8Array.from(NAVY_ON_WHITE), 65535, 65535), null);
});
