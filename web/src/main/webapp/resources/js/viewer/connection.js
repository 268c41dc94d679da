// The viewer's WebSocket (docs/protocol.md, "Connections"): joins with the one-time ticket,
// shows the state, the server's close reason and a response time, and hands what it
// receives to its MessageRouter side (router.js).
import { h } from './dom.js';
import { t, number } from './strings.js';
import { MessageRouter } from './router.js';

// The server's close reasons (ConnectionRelay, ViewerEndpoint) and the viewer's own words for them.
const REASONS = {
  'connection not authorized: enter the access password again': 'close.ticket',
  'the computer is offline': 'close.offline',
  'the computer did not answer': 'close.noAnswer',
  'the connection is too slow': 'close.tooSlow',
  'the support session has ended': 'close.sessionEnded',
  'connection closed': 'close.peer',
  'not allowed from another site': 'close.foreign'
};
const CODES = { 1008: 'close.ticket', 1009: 'close.tooLarge', 1011: 'close.server', 1013: 'close.tooSlow', 1006: 'close.lost' };

export class Connection extends MessageRouter {
  constructor(ticket) {
    super();
    this.ticket = ticket;
    this.state = 'idle';
    this.stateListeners = [];
    this.nextRequest = 1;
    this.smoothed = null;
    this.reason = '';
    this.element = this.render();
  }

  render() {
    this.dot = h('span', { class: 'viewer-dot', 'aria-hidden': 'true' });
    this.stateText = h('span', { class: 'viewer-state-text' });
    this.latencyText = h('span', { class: 'viewer-latency', hidden: true });
    this.reasonText = h('span', { class: 'viewer-reason' });
    this.reconnect = h('button', { type: 'button', class: 'small', hidden: true, title: t('action.reconnect.title'),
      onclick: () => location.replace(location.pathname + location.search) }, t('action.reconnect'));
    return h('div', { class: 'viewer-status', role: 'status', 'aria-live': 'polite' },
      this.dot, this.stateText, this.latencyText, this.reasonText, this.reconnect);
  }

  open() {
    const url = (location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host + '/ws/viewer';
    this.setState('connecting');
    let ws;
    try {
      ws = new WebSocket(url);
    } catch (e) {
      this.setState('error', t('close.lost'));
      return;
    }
    ws.binaryType = 'arraybuffer';
    ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'join', ticket: this.ticket })));
    ws.addEventListener('message', e => this.receive(e.data));
    ws.addEventListener('error', () => { this.failed = true; });
    ws.addEventListener('close', e => this.closed(e));
    this.ws = ws;
  }

  onState(fn) {
    this.stateListeners.push(fn);
  }

  get connected() {
    return this.state === 'connected';
  }

  send(message) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN && this.connected) {
      this.ws.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  sendBinary(data) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN && this.connected) {
      this.ws.send(data);
      return true;
    }
    return false;
  }

  get buffered() {
    return this.ws ? this.ws.bufferedAmount : 0;
  }

  newId() {
    return this.nextRequest++;
  }

  /**
   * Sends a request with a fresh id and resolves its answer; a "failed" answer rejects with
   * {code, message}. The time to the answer feeds the response-time indicator.
   */
  request(message) {
    const id = this.newId();
    return new Promise((resolve, reject) => {
      const started = performance.now();
      this.track(id, answer => {
        this.untrack(id);
        this.sample(performance.now() - started);
        if (answer.type === 'failed') {
          reject({ code: answer.code || 'FAILED', message: answer.message });
        } else {
          resolve(answer);
        }
      });
      if (!this.send(Object.assign({}, message, { id }))) {
        this.untrack(id);
        reject({ code: 'NOT_CONNECTED' });
      }
    });
  }

  /** One response-time measurement in milliseconds; shown smoothed. */
  sample(ms) {
    this.smoothed = this.smoothed === null ? ms : this.smoothed * 0.7 + ms * 0.3;
    this.latencyText.hidden = !this.connected;
    this.latencyText.textContent = t(this.latencyLabel || 'latency.request', number(Math.round(this.smoothed)));
    this.latencyText.title = t((this.latencyLabel || 'latency.request') + '.title');
    this.latencyText.classList.toggle('slow', this.smoothed > 300);
  }

  /** Peers answer a type they do not know (docs/protocol.md); `error` itself never is. */
  unknownType() {
    this.send({ type: 'error', message: 'unknown message type' });
  }

  status(message) {
    if (message.state === 'connected') {
      this.setState('connected');
    } else if (message.state === 'offline') {
      this.setState('offline', t('close.offline'));
    } else if (message.state === 'closed') {
      this.setState('closed', this.reasonFor(message.reason, null));
    }
  }

  closed(event) {
    if (this.state === 'offline' || this.state === 'closed') {
      this.finish();
      return;
    }
    const reason = this.reasonFor(event.reason, event.code);
    if (event.code === 1000 || event.code === 1001) {
      this.setState('closed', reason);
    } else {
      this.setState(this.state === 'connecting' && event.code !== 1008 && this.failed ? 'error' : 'closed', reason);
    }
    this.finish();
  }

  /** Plain words for a close: the server's known reasons translated, else by code. */
  reasonFor(reason, code) {
    if (reason && REASONS[reason]) {
      return t(REASONS[reason]);
    }
    if (code && CODES[code]) {
      return t(CODES[code]);
    }
    if (reason && /^[\p{L}\p{N}\s.,:;'()-]{3,200}$/u.test(reason)) {
      return reason;
    }
    return code === 1000 || code === null ? t('close.peer') : t('close.lost');
  }

  setState(state, reason = '') {
    if (this.state === state && !reason) {
      return;
    }
    this.state = state;
    this.reason = reason;
    this.element.dataset.state = state;
    this.stateText.textContent = t('status.' + state);
    this.reasonText.textContent = reason;
    this.reconnect.hidden = state === 'connecting' || state === 'connected' || state === 'idle';
    this.latencyText.hidden = state !== 'connected' || this.smoothed === null;
    this.stateListeners.forEach(fn => fn(state, reason));
  }
}
