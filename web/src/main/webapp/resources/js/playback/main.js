// The playback page (app/recording.xhtml): fetches the recording's events, shows the screen with
// the live viewer's Screen (a Remote Control recording), the controls (play/pause, speed, seek bar
// with marks where the recording is incomplete or altered) and the chat, events and operations
// beside it at their times.
import { h, button } from '../viewer/dom.js';
import { loadStrings, t } from '../viewer/strings.js';
import { Screen } from '../viewer/screen.js';
import { EVENT, readEvents, clock } from './events.js';
import { Player, isListed } from './player.js';
import { isOperation, outcomes, describeOperation } from './operations.js';

const SPEEDS = [1, 2, 8];

function describe(event, answers) {
  if (event.kind === EVENT.GAP) {
    return t('gap');
  }
  if (isOperation(event)) {
    return describeOperation(event.message, answers.get(event.message.id));
  }
  const m = event.message;
  const byTechnician = event.kind === EVENT.TECHNICIAN_TEXT;
  switch (m.type) {
    case 'chat': return t(m.from === 'user' ? 'chat.user' : 'chat.technician', String(m.text));
    case 'clipboard': return t(byTechnician ? 'clipboard.technician' : 'clipboard.user', m.chars | 0);
    case 'monitor': return t('tool.monitor', (m.index | 0) + 1);
    case 'blank': return t(m.on === true ? 'tool.blank.on' : 'tool.blank.off');
    case 'viewOnly': return t(m.on === true ? 'tool.viewOnly.on' : 'tool.viewOnly.off');
    default: return t('tool.' + m.type);
  }
}

function mark(duration, at, className, title) {
  const left = duration > 0 ? (100 * at / duration) : 0;
  const element = h('span', { class: 'player-mark ' + className, title });
  element.style.left = left + '%';
  return element;
}

function build(root, events, alteredAt) {
  // File Manager and Dashboard recordings hold operations only: no screen to show.
  const hasScreen = root.dataset.feature === 'REMOTE_CONTROL';
  const screen = new Screen(() => {});
  screen.setInteractive(false);
  const position = h('span', { class: 'player-time', id: 'player-time', text: '0:00' });
  const seekBar = h('input', { type: 'range', id: 'player-seek', min: '0', value: '0', 'aria-label': t('seek'), class: 'player-seek' });
  const list = h('ol', { class: 'player-events', id: 'player-events', 'aria-label': t('events') });
  const items = [];
  const player = new Player(screen, events, at => {
    position.textContent = clock(at) + ' / ' + clock(player.duration);
    seekBar.value = String(Math.round(at));
    root.dataset.position = String(Math.round(at));
    for (const item of items) {
      item.element.classList.toggle('past', item.at <= at);
    }
  }, () => playButton.replaceChildren(t('play')));
  seekBar.max = String(player.duration);

  const seekTo = at => {
    root.dataset.drawn = 'false';
    player.seek(at);
    player.drawn().then(() => { root.dataset.drawn = 'true'; });
  };
  seekBar.addEventListener('input', () => seekTo(Number(seekBar.value)));

  const playButton = button(t('play'), t('play'), () => {
    if (player.playing) {
      player.pause();
      playButton.replaceChildren(t('play'));
    } else {
      player.play();
      playButton.replaceChildren(t('pause'));
    }
  });
  playButton.id = 'player-play';
  const speed = h('select', { class: 'small-select', id: 'player-speed', 'aria-label': t('speed'),
    onchange: () => { player.speed = Number(speed.value); } },
  SPEEDS.map(s => h('option', { value: String(s) }, s + '×')));

  const marks = h('div', { class: 'player-marks', 'aria-hidden': 'true' });
  const answers = outcomes(events);
  for (const event of events) {
    if (isListed(event)) {
      const element = h('li', { class: event.kind === EVENT.GAP ? 'gap' : '', dataset: { at: String(event.at) } },
        h('button', { type: 'button', class: 'link', onclick: () => seekTo(event.at), text: clock(event.at) }), ' ', describe(event, answers));
      items.push({ at: event.at, element });
      list.append(element);
    }
    if (event.kind === EVENT.GAP) {
      marks.append(mark(player.duration, event.at, 'gap', t('gap')));
    }
  }
  if (!items.length) {
    list.append(h('li', { class: 'muted', text: t('none') }));
  }
  const banners = h('div', { class: 'viewer-banners' });
  if (alteredAt >= 0) {
    banners.append(h('div', { class: 'message error', role: 'alert', id: 'player-altered', text: t('altered', clock(alteredAt)) }));
    marks.append(mark(player.duration, alteredAt, 'altered', t('altered', clock(alteredAt))));
  }
  if (root.dataset.incomplete === 'true') {
    banners.append(h('div', { class: 'message warn', role: 'status', id: 'player-incomplete', text: t('incomplete') }));
  }

  root.replaceChildren(
    banners,
    h('div', { class: 'viewer-toolbar', role: 'toolbar' }, playButton,
      h('label', { class: 'tool-field' }, h('span', { text: t('speed') }), speed),
      h('div', { class: 'player-bar' }, marks, seekBar), position),
    h('div', { class: 'viewer-body' }, hasScreen ? h('div', { class: 'viewer-main' }, screen.element) : null,
      h('aside', { class: hasScreen ? 'player-side' : 'player-side alone' }, h('h3', { text: t('events') }), list)));
  seekTo(0);
  root.dataset.state = 'ready';
}

async function start() {
  const root = document.getElementById('player');
  if (!root) {
    return;
  }
  loadStrings(document.getElementById('playback-strings'), document.getElementById('playback-units'));
  try {
    const response = await fetch('recording-data?id=' + encodeURIComponent(root.dataset.recording), { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    const alteredAt = Number(response.headers.get('X-Recording-Altered-At') || '-1');
    build(root, readEvents(await response.arrayBuffer()), alteredAt);
  } catch (e) {
    root.replaceChildren(h('div', { class: 'message error', role: 'alert', text: t('failed') }));
    root.dataset.state = 'failed';
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
