// How the viewer routes what its WebSocket receives (router.js, the part of Connection that
// needs no socket and no page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageRouter } from '../../main/webapp/resources/js/viewer/router.js';
import { KIND } from '../../main/webapp/resources/js/viewer/frames.js';
import { frameOf } from './vectors.js';

/** A router that records what it leaves to Connection. */
class Recorder extends MessageRouter {
  constructor() {
    super();
    this.statuses = [];
    this.unknown = [];
  }

  status(message) {
    this.statuses.push(message);
  }

  unknownType(message) {
    this.unknown.push(message.type);
  }
}

test('text messages go to every listener of their type', () => {
  const router = new Recorder();
  const seen = [];
  router.on('screen', m => seen.push('a' + m.width));
  router.on('screen', m => seen.push('b' + m.width));
  router.on('cursor', () => seen.push('cursor'));
  router.receive('{"type":"screen","width":1920,"extra":true}');
  assert.deepEqual(seen, ['a1920', 'b1920']);
});

test('an answer goes to the request that waits for its id, and only there, until untracked', () => {
  const router = new Recorder();
  const answers = [];
  const byType = [];
  router.on('list', m => byType.push(m.id));
  router.track(7, m => answers.push(m.type));
  router.receive('{"type":"list","id":7}');
  router.receive('{"type":"failed","id":7,"code":"NOT_FOUND"}');
  router.receive('{"type":"list","id":8}');
  router.untrack(7);
  router.receive('{"type":"list","id":7}');
  assert.deepEqual(answers, ['list', 'failed']);
  assert.deepEqual(byType, [8, 7]);
  assert.deepEqual(router.unknown, []);
});

test('status messages go to status(), whatever their id', () => {
  const router = new Recorder();
  router.track(1, () => assert.fail('a status is never an answer'));
  router.receive('{"type":"status","state":"connected","id":1}');
  assert.deepEqual(router.statuses.map(m => m.state), ['connected']);
});

test('an unknown type is left to unknownType(), except an error (no answer loops)', () => {
  const router = new Recorder();
  router.receive('{"type":"surprise"}');
  router.receive('{"type":"error","message":"unknown message type"}');
  assert.deepEqual(router.unknown, ['surprise']);
});

test('text that is not a message with a string type is dropped', () => {
  const router = new Recorder();
  for (const text of ['', 'not json', 'null', '42', '"screen"', '[]', '{}', '{"type":1}', '{"type":null}']) {
    router.receive(text);
  }
  assert.deepEqual([router.statuses, router.unknown], [[], []]);
});

test('binary frames go to their kind\'s listener, file data to its transfer', () => {
  const router = new Recorder();
  const seen = [];
  router.onBinary(KIND.RECT, buffer => seen.push('rect ' + buffer.byteLength));
  router.onBinary(KIND.FILE_DATA, () => assert.fail('file data goes by transfer'));
  router.trackTransfer(0x0102, bytes => seen.push('transfer ' + Buffer.from(bytes).toString('hex')));
  router.receive(frameOf('0103000000000000000000'));
  router.receive(frameOf('04020100000a0b'));
  router.receive(frameOf('0403010000ff'));          // another transfer: dropped
  router.receive(frameOf('04020100'));              // no whole transfer id: dropped
  router.receive(frameOf('09'));                    // a kind nobody listens to
  router.receive(new ArrayBuffer(0));
  router.receive(Uint8Array.of(1, 2, 3));           // not an ArrayBuffer
  router.untrack(0x0102);
  router.receive(frameOf('04020100000c'));
  assert.deepEqual(seen, ['rect 11', 'transfer 0a0b']);
});

test('finish() fails every waiting request as CLOSED and forgets the transfers', () => {
  const router = new Recorder();
  const answers = [];
  router.track(1, m => answers.push([1, m.type, m.code]));
  router.track(2, m => answers.push([2, m.type, m.code]));
  router.trackTransfer(2, () => assert.fail('forgotten'));
  router.finish();
  router.finish();
  router.receive(frameOf('040200000001'));
  router.receive('{"type":"done","id":1}');
  assert.deepEqual(answers, [[1, 'failed', 'CLOSED'], [2, 'failed', 'CLOSED']]);
  assert.deepEqual(router.unknown, ['done']);
});
