// The agent's encoded bytes (docs/vectors, made by agent-msi/test/GoldenVectorsTest.cpp) go
// through the viewer's own code as the page's WebSocket would hand them over: routed by kind
// (router.js), read by frames.js, bilevel rects decoded by bilevel.js. Every input must come
// back exactly. PNG, which the browser decodes, is read with the tests' plain reader; of WebP,
// which Node cannot decode, the file's header (ConnectionRelayIT has Chromium draw them). File data
// goes both ways: the viewer reads the agent's frames and writes the same bytes for uploads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './image-data.js';
import { BilevelDecoder } from '../../main/webapp/resources/js/viewer/bilevel.js';
import { KIND, ENCODING, readRect, readCopySource, readFrameEnd, readCursorShape, fileDataFrame }
  from '../../main/webapp/resources/js/viewer/frames.js';
import { MessageRouter } from '../../main/webapp/resources/js/viewer/router.js';
import { vectors, fromHex, frameOf, rgbaOf, firstDifference } from './vectors.js';
import { readPng } from './png.js';

/** The frames a router hands to the listeners of `kind`, one at a time. */
function routed(kind, hex) {
  const router = new MessageRouter();
  let received = null;
  router.onBinary(kind, buffer => { received = buffer; });
  router.receive(frameOf(hex));
  assert.ok(received, 'the frame reached its listener');
  return received;
}

function assertRect(rect, [name, x, y, width, height], encoding) {
  assert.ok(rect, name);
  assert.deepEqual([rect.encoding, rect.x, rect.y, rect.width, rect.height],
    [encoding, Number(x), Number(y), Number(width), Number(height)], name);
}

// Today's agents' rects, with row bits, and the fixed ones of agents before them (recordings).
for (const file of ['bilevel.txt', 'bilevel-before-row-bits.txt']) {
  test(`${file}: bilevel rects decode to their pixels, the model carrying from rect to rect`, () => {
    const lines = vectors(file);
    assert.ok(lines.filter(([kind]) => kind === 'rect').length >= 8);
    const decoder = new BilevelDecoder();
    for (const [kind, ...fields] of lines) {
      if (kind === 'reset') {
        decoder.reset();
        continue;
      }
      const [name, , , width, height, pixels, frame] = fields;
      const rect = readRect(routed(KIND.RECT, frame));
      assertRect(rect, fields, ENCODING.BILEVEL);
      const image = decoder.decode(rect.bytes, rect.width, rect.height);
      assert.ok(image, name + ' decodes');
      assert.deepEqual([image.width, image.height], [Number(width), Number(height)], name);
      assert.equal(firstDifference(new Uint8Array(image.data.buffer), rgbaOf(pixels, false), rect.width), null, name);
    }
  });
}

test('PNG rects carry standard PNGs of their pixels', () => {
  const lines = vectors('png.txt');
  assert.ok(lines.length >= 6);
  for (const fields of lines) {
    const [kind, name, , , width, height, pixels, frame] = fields;
    assert.equal(kind, 'rect');
    const rect = readRect(routed(KIND.RECT, frame));
    assertRect(rect, fields.slice(1), ENCODING.PNG);
    const png = readPng(rect.bytes);
    assert.deepEqual([png.width, png.height], [Number(width), Number(height)], name);
    assert.equal(firstDifference(png.rgba, rgbaOf(pixels, false), png.width), null, name);
  }
});

test('WebP rects carry lossless WebP files of their size', () => {
  const lines = vectors('webp.txt');
  assert.ok(lines.length >= 4);
  for (const fields of lines) {
    const [kind, name, , , width, height, , frame] = fields;
    assert.equal(kind, 'rect');
    const rect = readRect(routed(KIND.RECT, frame));
    assertRect(rect, fields.slice(1), ENCODING.WEBP);
    const file = new DataView(rect.bytes.buffer, rect.bytes.byteOffset, rect.bytes.byteLength);
    const text = (at, length) => String.fromCharCode(...rect.bytes.subarray(at, at + length));
    assert.deepEqual([text(0, 4), file.getUint32(4, true) + 8, text(8, 8)], ['RIFF', rect.bytes.byteLength, 'WEBPVP8L'], name);
    assert.equal(file.getUint8(20), 0x2f, name + ': the lossless signature');
    const size = file.getUint32(21, true);
    assert.deepEqual([(size & 0x3fff) + 1, ((size >>> 14) & 0x3fff) + 1], [Number(width), Number(height)], name);
  }
});

test('frame ends carry their number and pointer shapes their hot spot, size and PNG', () => {
  const lines = vectors('frames.txt');
  const ends = lines.filter(([kind]) => kind === 'frame-end');
  const cursors = lines.filter(([kind]) => kind === 'cursor');
  assert.ok(ends.length >= 4 && cursors.length >= 2);
  for (const [, seq, frame] of ends) {
    assert.equal(readFrameEnd(routed(KIND.FRAME_END, frame)), Number(seq));
  }
  for (const [, name, hotX, hotY, width, height, pixels, frame] of cursors) {
    const shape = readCursorShape(routed(KIND.CURSOR, frame));
    assert.deepEqual([shape.hotX, shape.hotY, shape.width, shape.height],
      [Number(hotX), Number(hotY), Number(width), Number(height)], name);
    const png = readPng(shape.png);
    assert.deepEqual([png.width, png.height], [shape.width, shape.height], name);
    assert.equal(firstDifference(png.rgba, rgbaOf(pixels, true), png.width), null, name);
  }
});

test('copy rects name the block that lands in them', () => {
  const lines = vectors('frames.txt').filter(([kind]) => kind === 'copy');
  assert.ok(lines.length >= 3);
  for (const [, x, y, width, height, fromX, fromY, frame] of lines) {
    const rect = readRect(routed(KIND.RECT, frame));
    assertRect(rect, [frame, x, y, width, height], ENCODING.COPY);
    assert.deepEqual(readCopySource(rect), { x: Number(fromX), y: Number(fromY) }, frame);
  }
});

test('a bundle\'s frames reach their listeners in order, as if sent one by one', () => {
  const lines = vectors('frames.txt').filter(([kind]) => kind === 'bundle');
  assert.ok(lines.length >= 2);
  for (const [, frames, message] of lines) {
    const router = new MessageRouter();
    const received = [];
    const keep = buffer => received.push(Buffer.from(buffer).toString('hex'));
    [KIND.RECT, KIND.FRAME_END, KIND.CURSOR].forEach(kind => router.onBinary(kind, keep));
    router.receive(frameOf(message));
    assert.deepEqual(received, frames.split(','));
  }
});

test('file data reaches its transfer, and an upload\'s frame is the same bytes', () => {
  const lines = vectors('frames.txt').filter(([kind]) => kind === 'file-data');
  assert.ok(lines.length >= 3);
  for (const [, transfer, bytes, frame] of lines) {
    const router = new MessageRouter();
    let received = null;
    router.trackTransfer(Number(transfer), chunk => { received = chunk; });
    router.receive(frameOf(frame));
    assert.equal(received && Buffer.from(received).toString('hex'), bytes, 'transfer ' + transfer);
    assert.equal(Buffer.from(fileDataFrame(Number(transfer), fromHex(bytes))).toString('hex'), frame, 'transfer ' + transfer);
  }
});
