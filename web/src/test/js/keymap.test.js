// KeyboardEvent.code to PS/2 set-1 scan codes (keymap.js), as Windows' SendInput expects them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanCode } from '../../main/webapp/resources/js/viewer/keymap.js';

// Every code of the UI Events KeyboardEvent code tables that a PC keyboard has.
const CODES = [
  'Backquote', 'Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6', 'Digit7', 'Digit8', 'Digit9', 'Digit0',
  'Minus', 'Equal', 'IntlYen', 'Backspace', 'Tab', 'KeyQ', 'KeyW', 'KeyE', 'KeyR', 'KeyT', 'KeyY', 'KeyU', 'KeyI',
  'KeyO', 'KeyP', 'BracketLeft', 'BracketRight', 'Backslash', 'CapsLock', 'KeyA', 'KeyS', 'KeyD', 'KeyF', 'KeyG',
  'KeyH', 'KeyJ', 'KeyK', 'KeyL', 'Semicolon', 'Quote', 'Enter', 'ShiftLeft', 'IntlBackslash', 'KeyZ', 'KeyX',
  'KeyC', 'KeyV', 'KeyB', 'KeyN', 'KeyM', 'Comma', 'Period', 'Slash', 'IntlRo', 'ShiftRight', 'ControlLeft',
  'MetaLeft', 'AltLeft', 'NonConvert', 'Space', 'Convert', 'KanaMode', 'Lang1', 'Lang2', 'AltRight', 'MetaRight',
  'ContextMenu', 'ControlRight', 'Insert', 'Delete', 'Home', 'End', 'PageUp', 'PageDown', 'ArrowUp', 'ArrowDown',
  'ArrowLeft', 'ArrowRight', 'NumLock', 'Numpad0', 'Numpad1', 'Numpad2', 'Numpad3', 'Numpad4', 'Numpad5', 'Numpad6',
  'Numpad7', 'Numpad8', 'Numpad9', 'NumpadAdd', 'NumpadSubtract', 'NumpadMultiply', 'NumpadDivide', 'NumpadDecimal',
  'NumpadComma', 'NumpadEqual', 'NumpadEnter', 'Escape', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10',
  'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F17', 'F18', 'F19', 'F20', 'F21', 'F22', 'F23', 'F24', 'PrintScreen',
  'ScrollLock', 'Pause'
];

test('every key of a PC keyboard has a scan code of its own', () => {
  const owners = new Map();
  for (const code of CODES) {
    const key = scanCode(code);
    assert.ok(key, code + ' has a scan code');
    assert.ok(key.scan > 0 && key.scan < 0x80, code);
    const name = `${key.extended ? 'E0 ' : ''}${key.scan.toString(16)}`;
    assert.equal(owners.get(name), undefined, `${code} and ${owners.get(name)} share ${name}`);
    owners.set(name, code);
  }
});

test('keys that share a make code differ by the E0 prefix', () => {
  assert.deepEqual(scanCode('KeyA'), { scan: 0x1e, extended: false });
  assert.deepEqual(scanCode('Enter'), { scan: 0x1c, extended: false });
  assert.deepEqual(scanCode('NumpadEnter'), { scan: 0x1c, extended: true });
  assert.deepEqual(scanCode('Numpad4'), { scan: 0x4b, extended: false });
  assert.deepEqual(scanCode('ArrowLeft'), { scan: 0x4b, extended: true });
  assert.deepEqual(scanCode('ControlRight'), { scan: 0x1d, extended: true });
  assert.deepEqual(scanCode('AltRight'), { scan: 0x38, extended: true });
});

test('Pause and Num Lock follow Windows\' convention', () => {
  assert.deepEqual(scanCode('Pause'), { scan: 0x45, extended: false });
  assert.deepEqual(scanCode('NumLock'), { scan: 0x45, extended: true });
});

test('older browsers\' names of the Windows keys', () => {
  assert.deepEqual(scanCode('OSLeft'), scanCode('MetaLeft'));
  assert.deepEqual(scanCode('OSRight'), scanCode('MetaRight'));
});

test('anything else has none, inherited property names included', () => {
  for (const code of ['', 'Unidentified', 'Fn', 'keya', 'KeyÄ', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
    assert.equal(scanCode(code), null, code);
  }
});
