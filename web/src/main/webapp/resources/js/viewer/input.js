// The technician's keyboard and mouse on the remote screen. Keys go as scan codes (the PC's
// layout applies); only IME/composition results and keys without a scan code go as text.
// A hidden text area takes the keyboard focus so that input methods work; the browser's own
// shortcuts are suppressed while it has focus, and every held key is released on blur.
import { h } from './dom.js';
import { scanCode } from './keymap.js';
import { t } from './strings.js';

export class RemoteInput {
  constructor(screen, connection) {
    this.screen = screen;
    this.connection = connection;
    this.enabled = false;
    this.pressed = new Map();       // code -> {scan, extended}
    this.pending = null;            // latest pointer position waiting for an animation frame
    this.buttons = 0;
    this.wheelRest = 0;
    this.probe = null;              // time of a mouse move whose pointer answer is awaited
    this.keyboard = h('textarea', { class: 'viewer-keys', 'aria-label': t('remote.keyboard'), autocomplete: 'off',
      autocapitalize: 'off', spellcheck: 'false', rows: '1' });
    this.bind();
  }

  setEnabled(on) {
    if (!on) {
      this.releaseAll();
    }
    this.enabled = on;
  }

  bind() {
    const canvas = this.screen.canvas;
    const k = this.keyboard;
    k.addEventListener('keydown', e => this.key(e, true));
    k.addEventListener('keyup', e => this.key(e, false));
    k.addEventListener('compositionend', e => {
      if (e.data) {
        this.text(e.data);
      }
      k.value = '';
    });
    k.addEventListener('input', e => {
      if (!e.isComposing) {
        k.value = '';
      }
    });
    k.addEventListener('blur', () => this.releaseAll());
    k.addEventListener('focus', () => this.screen.element.classList.add('has-keys'));
    k.addEventListener('blur', () => this.screen.element.classList.remove('has-keys'));
    document.addEventListener('visibilitychange', () => {
      if (document.hidden) {
        this.releaseAll();
      }
    });

    canvas.addEventListener('pointerdown', e => {
      e.preventDefault();
      k.focus({ preventScroll: true });
      if (this.enabled) {
        canvas.setPointerCapture(e.pointerId);
      }
      this.pointer(e, true);
    });
    canvas.addEventListener('pointerup', e => this.pointer(e, true));
    canvas.addEventListener('pointermove', e => this.pointer(e, false));
    canvas.addEventListener('pointerenter', () => this.screen.setLocalPointerInside(true));
    canvas.addEventListener('pointerleave', () => this.screen.setLocalPointerInside(false));
    canvas.addEventListener('contextmenu', e => e.preventDefault());
    canvas.addEventListener('wheel', e => this.wheel(e), { passive: false });
    canvas.addEventListener('dragstart', e => e.preventDefault());
  }

  key(e, down) {
    if (e.isComposing || e.keyCode === 229) {
      return;                                     // the input method is composing: wait for its text
    }
    const mapped = scanCode(e.code);
    if (!this.enabled) {
      if (mapped && e.key !== 'Tab' && e.key !== 'Escape') {
        e.preventDefault();
      }
      return;
    }
    if (!mapped) {
      // A key the scan table does not know (e.g. from an on-screen keyboard): send its character.
      if (down && e.key && e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        this.text(e.key);
      }
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    if (down) {
      this.pressed.set(e.code, mapped);
    } else {
      if (!this.pressed.has(e.code) && e.code === 'PrintScreen') {
        // Windows delivers only the release of Print Screen: send a whole press.
        this.sendKey(mapped, true);
      }
      this.pressed.delete(e.code);
    }
    this.sendKey(mapped, down);
  }

  sendKey(mapped, down) {
    this.connection.send({ type: 'key', scan: mapped.scan, extended: mapped.extended, down });
  }

  text(text) {
    if (this.enabled && text) {
      this.connection.send({ type: 'text', text });
    }
  }

  /** Lets go of every key the PC still sees as held (focus lost, view-only, tab hidden). */
  releaseAll() {
    for (const mapped of this.pressed.values()) {
      this.sendKey(mapped, false);
    }
    this.pressed.clear();
    if (this.buttons) {
      this.buttons = 0;
      if (this.last) {
        this.sendMouse(this.last.x, this.last.y, 0);
      }
    }
  }

  pointer(e, immediate) {
    if (!this.enabled) {
      return;
    }
    const at = this.screen.toRemote(e);
    const buttons = e.buttons & 7;
    if (immediate || buttons !== this.buttons) {
      // Button changes go at once, with the latest position.
      this.pending = null;
      this.buttons = buttons;
      this.sendMouse(at.x, at.y, buttons);
      return;
    }
    const waiting = this.pending !== null;
    this.pending = at;
    if (!waiting) {
      requestAnimationFrame(() => {
        if (this.pending) {
          this.sendMouse(this.pending.x, this.pending.y, this.buttons);
          this.pending = null;
        }
      });
    }
  }

  sendMouse(x, y, buttons, wheel) {
    this.last = { x, y };
    const message = { type: 'mouse', x, y, buttons };
    if (wheel) {
      message.wheel = wheel;
    }
    if (this.connection.send(message) && !wheel && this.probe === null) {
      this.probe = performance.now();
    }
  }

  /** The PC reported its pointer: the time since our mouse move is the response time. */
  pointerAnswered() {
    if (this.probe !== null) {
      const elapsed = performance.now() - this.probe;
      this.probe = null;
      if (elapsed < 5000) {
        this.connection.sample(elapsed);
      }
    }
  }

  /** One notch = ±120 (Windows units), positive away from the user. */
  wheel(e) {
    e.preventDefault();
    if (!this.enabled || !e.deltaY) {
      return;
    }
    const at = this.screen.toRemote(e);
    let notches;
    if (e.deltaMode === 0 && Math.abs(e.deltaY) < 50) {
      // A touchpad's small steps add up to notches.
      this.wheelRest += e.deltaY;
      notches = Math.trunc(this.wheelRest / 50);
      this.wheelRest -= notches * 50;
    } else {
      // One event of a mouse wheel is one notch, whatever the browser's pixel or line scale.
      notches = Math.sign(e.deltaY);
      this.wheelRest = 0;
    }
    if (notches) {
      this.sendMouse(at.x, at.y, this.buttons, -notches * 120);
    }
  }
}
