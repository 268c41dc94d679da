// Plays a recording's events into the live viewer's Screen: at their times (1x, 2x, 8x), and
// from any point by replaying at once from the last keyframe before it.
import { EVENT, keyframeBefore } from './events.js';
import { KIND, framesOf } from '../viewer/frames.js';
import { isOperation } from './operations.js';

export class Player {
  /** `onTime(ms)` after every step; `onEnd()` when the last event is played. */
  constructor(screen, events, onTime, onEnd) {
    this.screen = screen;
    this.events = events;
    this.duration = events.length ? events[events.length - 1].at : 0;
    this.onTime = onTime;
    this.onEnd = onEnd;
    this.next = 0;
    this.time = 0;
    this.speed = 1;
    this.timer = null;
  }

  get playing() {
    return this.timer !== null;
  }

  play() {
    if (this.playing) {
      return;
    }
    if (this.time >= this.duration) {
      this.seek(0);
    }
    let last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      this.advanceTo(Math.min(this.duration, this.time + (now - last) * this.speed));
      last = now;
      if (this.time >= this.duration) {
        this.pause();
        this.onEnd();
      }
    }, 20);
  }

  pause() {
    clearInterval(this.timer);
    this.timer = null;
  }

  /** Jumps to `at`: the screen as it was then, from the last keyframe before it. */
  seek(at) {
    const from = keyframeBefore(this.events, at);
    this.next = from;
    this.time = this.events.length ? Math.min(this.events[from].at, at) : 0;
    this.advanceTo(at);
  }

  advanceTo(at) {
    while (this.next < this.events.length && this.events[this.next].at <= at) {
      this.apply(this.events[this.next++]);
    }
    this.time = at;
    this.onTime(at);
  }

  apply(event) {
    if (event.kind === EVENT.PC_BINARY) {
      framesOf(event.frame).forEach(frame => this.applyFrame(frame));
      return;
    }
    const m = event.message;
    if (event.kind !== EVENT.PC_TEXT || !m) {
      return;
    }
    if (m.type === 'screen') {
      this.screen.restartDecoding();
      this.screen.resize(m.width | 0, m.height | 0);
    } else if (m.type === 'cursor') {
      this.screen.cursor(m);
    }
  }

  applyFrame(frame) {
    const kind = new Uint8Array(frame, 0, 1)[0];
    if (kind === KIND.RECT) {
      this.screen.rect(frame);
    } else if (kind === KIND.CURSOR) {
      this.screen.cursorShape(frame);
    }
  }

  /** Resolves once everything applied so far is drawn. */
  drawn() {
    return this.screen.drawing;
  }
}

/**
 * Whether an event belongs in the list beside the screen (chat, clipboard, the technician's tools,
 * File Manager and Dashboard operations, gaps).
 */
export function isListed(event) {
  if (event.kind === EVENT.GAP || isOperation(event)) {
    return true;
  }
  const m = event.message;
  if (!m) {
    return false;
  }
  if (m.type === 'chat' || m.type === 'clipboard') {
    return true;
  }
  return event.kind === EVENT.TECHNICIAN_TEXT && ['cad', 'blank', 'reboot', 'monitor', 'viewOnly'].includes(m.type);
}
