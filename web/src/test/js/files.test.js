// The File Manager's path arithmetic on absolute Windows paths (files.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinPath, parentPath, pathSteps } from '../../main/webapp/resources/js/viewer/files.js';

test('joining a name to a folder puts one backslash between them', () => {
  assert.equal(joinPath('C:\\', 'a.txt'), 'C:\\a.txt');
  assert.equal(joinPath('C:\\Users', 'a.txt'), 'C:\\Users\\a.txt');
  assert.equal(joinPath('C:\\Users\\', 'New folder'), 'C:\\Users\\New folder');
});

test('the parent of a folder, of a drive\'s top folder, and of a drive (none)', () => {
  assert.equal(parentPath('C:\\Users\\Anna\\a.txt'), 'C:\\Users\\Anna');
  assert.equal(parentPath('C:\\Users\\Anna\\'), 'C:\\Users');
  assert.equal(parentPath('C:\\Users'), 'C:\\');
  assert.equal(parentPath('D:\\x\\'), 'D:\\');
  assert.equal(parentPath('C:\\'), null);
  assert.equal(parentPath('C:'), null);
});

test('breadcrumb steps from the drive down', () => {
  assert.deepEqual(pathSteps('C:\\Users\\Anna'), [
    { label: 'C:\\', path: 'C:\\' },
    { label: 'Users', path: 'C:\\Users' },
    { label: 'Anna', path: 'C:\\Users\\Anna' }]);
  assert.deepEqual(pathSteps('E:\\'), [{ label: 'E:\\', path: 'E:\\' }]);
  assert.deepEqual(pathSteps('E:\\Data\\\\'), [{ label: 'E:\\', path: 'E:\\' }, { label: 'Data', path: 'E:\\Data' }]);
});
