// The viewer's strings and the formatting that needs no page (strings.js).
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { loadStrings, t, hasString, percent, duration } from '../../main/webapp/resources/js/viewer/strings.js';

const load = table => loadStrings({ textContent: JSON.stringify(table) });
afterEach(() => loadStrings(null));

test('a string with its placeholders filled; a missing argument leaves its placeholder', () => {
  load({ 'files.transfer.progress': '{0} % ({1} of {2})' });
  assert.equal(t('files.transfer.progress', 40, '4 MB', '10 MB'), '40 % (4 MB of 10 MB)');
  assert.equal(t('files.transfer.progress', 40), '40 % ({1} of {2})');
  assert.ok(hasString('files.transfer.progress'));
});

test('a missing string, or a broken or missing block, shows the key', () => {
  load({ a: 'A' });
  assert.equal(t('b'), 'b');
  assert.equal(t('toString'), 'toString');
  assert.ok(!hasString('toString'));
  loadStrings({ textContent: '{broken' });
  assert.equal(t('a'), 'a');
  loadStrings(null);
  assert.equal(t('a'), 'a');
});

test('several blocks make one table; a broken one loses only its own keys', () => {
  loadStrings({ textContent: '{"play":"Play"}' }, { textContent: '{broken' }, { textContent: '{"unit.bytes":"B,KB"}' });
  assert.equal(t('play'), 'Play');
  assert.equal(t('unit.bytes'), 'B,KB');
});

test('percentages are whole and between 0 and 100', () => {
  assert.equal(percent(1, 3), 33);
  assert.equal(percent(2, 3), 67);
  assert.equal(percent(5, 0), 0);
  assert.equal(percent(12, 10), 100);
  assert.equal(percent(-1, 10), 0);
});

test('durations in days, hours and minutes', () => {
  load({ 'duration.days': '{0} d {1} h {2} min', 'duration.hours': '{0} h {1} min' });
  assert.equal(duration(3 * 86400 + 4 * 3600 + 12 * 60 + 59), '3 d 4 h 12 min');
  assert.equal(duration(3599), '0 h 59 min');
  assert.equal(duration(-5), '0 h 0 min');
  assert.equal(duration(undefined), '0 h 0 min');
});
