// Transfers' constants and their failure messages (transfers.js); the file-data frame an
// upload sends is frames.test.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHUNK, WINDOW, failure } from '../../main/webapp/resources/js/viewer/transfers.js';
import { loadStrings } from '../../main/webapp/resources/js/viewer/strings.js';

test('chunks of 256 KiB with at most 4 MiB unacknowledged, as docs/protocol.md says', () => {
  assert.equal(CHUNK, 256 * 1024);
  assert.equal(WINDOW, 4 * 1024 * 1024);
});

test('every failure code of the protocol has its own words; others are a plain failure', () => {
  loadStrings({ textContent: JSON.stringify({ 'files.error.DISK_FULL': 'The disk is full', 'files.error.FAILED': 'It failed' }) });
  try {
    assert.equal(failure('DISK_FULL'), 'The disk is full');
    assert.equal(failure('NO_SUCH_CODE'), 'It failed');
    assert.equal(failure(undefined), 'It failed');
    assert.equal(failure('constructor'), 'It failed');
    for (const code of ['ACCESS_DENIED', 'NOT_FOUND', 'EXISTS', 'PATH_TOO_LONG', 'INVALID_PATH', 'IN_USE', 'CLOSED']) {
      assert.equal(failure(code), 'files.error.' + code, 'its key, shown while the page lacks the string');
    }
  } finally {
    loadStrings(null);
  }
});
