// The binary frames' layouts (docs/protocol.md, "Binary frames"), at their bounds. The same
// layouts as the agent writes them: golden-vectors.test.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIND, ENCODING, framesOf, readRect, readCopySource, readFrameEnd, readCursorShape, readFileData, fileDataFrame }
  from '../../main/webapp/resources/js/viewer/frames.js';
import { frameOf } from './vectors.js';

const hex = bytes => Buffer.from(bytes).toString('hex');

test('kinds and encodings are the protocol\'s numbers', () => {
  assert.deepEqual(KIND, { RECT: 1, FRAME_END: 2, CURSOR: 3, FILE_DATA: 4, BUNDLE_U32: 5, BUNDLE: 6 });
  assert.deepEqual(ENCODING, { JPEG: 1, PNG: 2, BILEVEL: 3, WEBP: 4, COPY: 5 });
});

test('a rect: encoding, position and size little-endian, then its bytes', () => {
  const rect = readRect(frameOf('01' + '02' + '0100' + '0201' + '8007' + '4000' + 'aabb'));
  assert.deepEqual({ ...rect, bytes: hex(rect.bytes) }, { encoding: 2, x: 1, y: 258, width: 1920, height: 64, bytes: 'aabb' });
  assert.deepEqual(readRect(frameOf('0103ffffffffffffffff')).bytes, new Uint8Array(0), 'a header alone');
  assert.equal(readRect(frameOf('0103ffffffffffffff')), null, 'a header cut short');
});

test('a copy rect: where the block lands, then where it comes from; nothing when cut short', () => {
  const rect = readRect(frameOf('01' + '05' + '1a00' + '2401' + 'c800' + '7800' + '0200' + '2c01'));
  assert.deepEqual([rect.encoding, rect.x, rect.y, rect.width, rect.height], [ENCODING.COPY, 26, 292, 200, 120]);
  assert.deepEqual(readCopySource(rect), { x: 2, y: 300 });
  assert.deepEqual(readCopySource(readRect(frameOf('0105' + '0000'.repeat(4) + 'ffffffff'))), { x: 65535, y: 65535 });
  assert.equal(readCopySource(readRect(frameOf('0105' + '0000'.repeat(4) + '020000'))), null, 'a source cut short');
});

test('a frame end: its sequence number, 0 when it is cut short', () => {
  assert.equal(readFrameEnd(frameOf('0204030201')), 0x01020304);
  assert.equal(readFrameEnd(frameOf('02ffffffff')), 0xFFFFFFFF);
  assert.equal(readFrameEnd(frameOf('02040302')), 0);
});

test('a pointer shape: hot spot, size, then the PNG', () => {
  const shape = readCursorShape(frameOf('030300040020002100' + '89'));
  assert.deepEqual({ ...shape, png: hex(shape.png) }, { hotX: 3, hotY: 4, width: 32, height: 33, png: '89' });
  assert.equal(readCursorShape(frameOf('0303000400200021')), null);
});

test('file data: the transfer id, then the chunk, both ways', () => {
  const chunk = readFileData(frameOf('04' + '07000080' + '010203'));
  assert.deepEqual({ ...chunk, bytes: hex(chunk.bytes) }, { transfer: 0x80000007, bytes: '010203' });
  assert.equal(readFileData(frameOf('04070000')), null, 'no whole transfer id');
  const file = Uint8Array.of(9, 8, 7, 6, 5, 4);
  assert.equal(hex(fileDataFrame(0x01020304, file.subarray(2, 5))), '04' + '04030201' + '070605', 'a slice of a file');
  assert.equal(hex(fileDataFrame(7, new Uint8Array(0))), '0407000000');
  const back = readFileData(fileDataFrame(0xFFFFFFFF, file).buffer);
  assert.deepEqual([back.transfer, hex(back.bytes)], [0xFFFFFFFF, hex(file)]);
});

test('a bundle: its frames in order, each after its varint length; a frame cut short ends it', () => {
  const frames = buffer => framesOf(buffer).map(frame => hex(new Uint8Array(frame)));
  assert.deepEqual(frames(frameOf('06' + '03' + '01aabb' + '05' + '0201000000')), ['01aabb', '0201000000']);
  const long = '01' + 'cd'.repeat(299);
  assert.deepEqual(frames(frameOf('06' + 'ac02' + long + '05' + '0201000000')), [long, '0201000000'], 'a length of 300: two bytes');
  assert.deepEqual(frames(frameOf('0201000000')), ['0201000000'], 'any other frame is itself');
  assert.deepEqual(frames(frameOf('06' + '00' + '01' + '02')), ['02'], 'empty frames left out');
  assert.deepEqual(frames(frameOf('06' + '01' + '02' + '06' + '0201000000')), ['02'], 'a length past the end');
  assert.deepEqual(frames(frameOf('06' + '01' + '02' + 'ac')), ['02'], 'a length cut short');
  assert.deepEqual(frames(frameOf('06' + 'ffffffff7f' + '02')), [], 'a length of more than 4 bytes');
  assert.deepEqual(frames(new ArrayBuffer(0)), []);
});

test('a bundle of recordings made before 0x06: each frame after its u32 length', () => {
  const frames = buffer => framesOf(buffer).map(frame => hex(new Uint8Array(frame)));
  assert.deepEqual(frames(frameOf('05' + '03000000' + '01aabb' + '05000000' + '0201000000')), ['01aabb', '0201000000']);
  assert.deepEqual(frames(frameOf('05' + '00000000' + '01000000' + '02')), ['02'], 'empty frames left out');
  assert.deepEqual(frames(frameOf('05' + '01000000' + '02' + '06000000' + '0201000000')), ['02'], 'a length past the end');
  assert.deepEqual(frames(frameOf('05' + '010000')), [], 'a length cut short');
});
