// Chat with the PC's user (every feature): a collapsible side panel with the transcript, an
// input limited to 2000 characters, and an unread badge on the toggle while collapsed.
import { h } from './dom.js';
import { t, time, number } from './strings.js';

export const MAX_CHAT = 2000;

export class Chat {
  constructor(connection, computerName, openAtStart) {
    this.connection = connection;
    this.computerName = computerName;
    this.unread = 0;
    this.opened = false;
    this.heardFromUser = false;
    this.render();
    connection.on('chat', m => this.received(m));
    connection.onState(state => this.stateChanged(state));
    this.stateChanged(connection.state);
    this.setOpen(openAtStart);
  }

  render() {
    this.badge = h('span', { class: 'chat-badge', hidden: true, 'aria-hidden': 'true' });
    this.badgeText = h('span', { class: 'sr-only' });
    this.toggle = h('button', { type: 'button', class: 'secondary small chat-toggle', 'aria-controls': 'viewer-chat',
      'aria-expanded': 'false', title: t('chat.toggle.title'), onclick: () => this.setOpen(!this.opened) },
    t('chat.title'), this.badge, this.badgeText);
    this.log = h('ol', { class: 'chat-log', role: 'log', 'aria-live': 'polite', 'aria-label': t('chat.transcript') });
    this.empty = h('p', { class: 'muted chat-empty', text: t('chat.empty') });
    this.input = h('textarea', { id: 'viewer-chat-input', rows: '2', maxlength: String(MAX_CHAT), class: 'viewer-textarea' });
    this.counter = h('span', { class: 'muted chat-counter', 'aria-live': 'off' });
    this.send = h('button', { type: 'submit', class: 'small', title: t('chat.send.title') }, t('action.send'));
    this.input.addEventListener('keydown', e => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener('input', () => this.count());
    const form = h('form', { class: 'chat-form' },
      h('label', { for: 'viewer-chat-input', class: 'sr-only', text: t('chat.input') }), this.input,
      h('div', { class: 'chat-send' }, this.counter, this.send));
    form.addEventListener('submit', e => {
      e.preventDefault();
      this.submit();
    });
    this.panel = h('aside', { id: 'viewer-chat', class: 'viewer-chat', hidden: true, 'aria-label': t('chat.title') },
      h('div', { class: 'chat-head' }, h('h3', { text: t('chat.with', this.computerName) }),
        h('button', { type: 'button', class: 'viewer-close', title: t('chat.collapse'), 'aria-label': t('chat.collapse'),
          onclick: () => this.setOpen(false) }, '\u00d7')),
      this.empty, this.log, form);
    this.count();
  }

  stateChanged(state) {
    const on = state === 'connected';
    this.input.disabled = !on;
    this.send.disabled = !on;
  }

  setOpen(open) {
    this.opened = !!open;
    this.panel.hidden = !this.opened;
    this.toggle.setAttribute('aria-expanded', String(this.opened));
    this.toggle.classList.toggle('active', this.opened);
    if (this.opened) {
      this.unread = 0;
      this.updateBadge();
      this.log.scrollTop = this.log.scrollHeight;
    }
    if (this.onLayout) {
      this.onLayout();
    }
  }

  count() {
    const left = MAX_CHAT - this.input.value.length;
    this.counter.textContent = left < 200 ? t('chat.left', number(left)) : '';
  }

  submit() {
    const text = this.input.value.trim();
    if (!text || text.length > MAX_CHAT) {
      return;
    }
    if (this.connection.send({ type: 'chat', text })) {
      this.add('technician', text, new Date());
      this.input.value = '';
      this.count();
    }
  }

  received(m) {
    if (typeof m.text !== 'string') {
      return;
    }
    const from = m.from === 'technician' ? 'technician' : 'user';
    this.add(from, m.text, m.at ? new Date(m.at) : new Date());
    if (from === 'user' && !this.heardFromUser && !this.opened) {
      this.heardFromUser = true;
      this.setOpen(true);
    } else if (!this.opened) {
      this.unread++;
      this.updateBadge();
    }
    this.heardFromUser = true;
  }

  add(from, text, at) {
    this.empty.hidden = true;
    const who = from === 'technician' ? t('chat.you') : t('chat.user', this.computerName);
    this.log.append(h('li', { class: 'chat-message ' + from },
      h('div', { class: 'chat-meta' }, h('span', { class: 'chat-who', text: who }), ' ',
        h('time', { datetime: isNaN(at) ? '' : at.toISOString(), text: time(at) })),
      h('div', { class: 'chat-text', text })));
    this.log.scrollTop = this.log.scrollHeight;
  }

  updateBadge() {
    this.badge.hidden = this.unread === 0;
    this.badge.textContent = this.unread > 99 ? '99+' : String(this.unread);
    this.badgeText.textContent = this.unread ? t('chat.unread', this.unread) : '';
  }
}
