// File Manager and Dashboard operations as the playback page lists them (operations.js): each
// request told with the PC's answer, and what is not an operation left out.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadStrings } from '../../main/webapp/resources/js/viewer/strings.js';
import { EVENT } from '../../main/webapp/resources/js/playback/events.js';
import { isOperation, outcomes, describeOperation }
  from '../../main/webapp/resources/js/playback/operations.js';

// Sizes are told in the page's language (strings.js reads it from the document).
globalThis.document = { documentElement: { lang: 'en' } };

before(() => loadStrings({ textContent: JSON.stringify({
  'op.list': 'Open folder {0}', 'op.delete': 'Delete {0}', 'op.download': 'Download {0}', 'op.upload': 'Upload {0} ({1})',
  'op.rename': 'Rename {0} to {1}', 'op.cancel': 'Cancel a transfer', 'op.endProcess': 'End process {0}',
  'op.service.start': 'Start service {0}', 'op.service.stop': 'Stop service {0}', 'op.done': '{0}: done',
  'op.failed': '{0}: failed ({1})', 'unit.bytes': 'B,KB,MB',
}) }));

const byTechnician = message => ({ kind: EVENT.TECHNICIAN_TEXT, at: 0, message });
const fromPc = message => ({ kind: EVENT.PC_TEXT, at: 0, message });

test('the technician\'s File Manager and Dashboard actions are operations; reads, input and the PC\'s answers are not', () => {
  assert.ok(isOperation(byTechnician({ type: 'delete', id: 1, path: 'C:\\x' })));
  assert.ok(isOperation(byTechnician({ type: 'service', id: 2, name: 'Spooler', action: 'stop' })));
  assert.ok(!isOperation(byTechnician({ type: 'processes', id: 3 })), 'the Dashboard refreshes every 5 s: not listed');
  assert.ok(!isOperation(byTechnician({ type: 'key', code: 'KeyA', down: true })));
  assert.ok(!isOperation(fromPc({ type: 'delete', id: 1, path: 'C:\\x' })), 'only the technician acts');
  assert.ok(!isOperation({ kind: EVENT.TECHNICIAN_TEXT, at: 0, message: null }));
});

test('each request is told with what the PC answered to its id', () => {
  const answers = outcomes([
    fromPc({ type: 'done', id: 1 }),
    fromPc({ type: 'failed', id: 2, code: 'ACCESS_DENIED', message: 'Access is denied.' }),
    fromPc({ type: 'downloadStart', id: 3, name: 'big.iso', size: 3 * 1024 * 1024 }),
    fromPc({ type: 'downloadEnd', id: 3 }),
    fromPc({ type: 'failed', id: 4, code: 'NOT_FOUND' }),
    byTechnician({ type: 'done', id: 5 }),
  ]);
  assert.equal(describeOperation({ type: 'service', id: 1, name: 'Spooler', action: 'stop' }, answers.get(1)),
    'Stop service Spooler: done');
  assert.equal(describeOperation({ type: 'delete', id: 2, path: 'C:\\Windows' }, answers.get(2)),
    'Delete C:\\Windows: failed (Access is denied.)');
  assert.equal(describeOperation({ type: 'download', id: 3, path: 'C:\\big.iso' }, answers.get(3)),
    'Download C:\\big.iso (3\u00a0MB): done');
  assert.equal(describeOperation({ type: 'endProcess', id: 4, pid: 1234 }, answers.get(4)),
    'End process 1234: failed (NOT_FOUND)', 'a failure with no message names its code');
  assert.equal(describeOperation({ type: 'rename', id: 5, path: 'C:\\a.txt', name: 'b.txt' }, answers.get(5)),
    'Rename C:\\a.txt to b.txt', 'an answer from the technician\'s side is no outcome; no answer, no outcome');
  assert.equal(describeOperation({ type: 'upload', id: 6, path: 'C:\\new.bin', size: 2048 }),
    'Upload C:\\new.bin (2\u00a0KB)');
  assert.equal(describeOperation({ type: 'cancel', id: 3 }, answers.get(3)), 'Cancel a transfer',
    'a cancel is not told with the outcome of the transfer it stops');
});

test('a folder downloaded as a ZIP has no size to tell', () => {
  const answers = outcomes([fromPc({ type: 'downloadStart', id: 7, name: 'x.zip', size: -1 })]);
  assert.equal(describeOperation({ type: 'download', id: 7, path: 'C:\\x' }, answers.get(7)), 'Download C:\\x');
});
