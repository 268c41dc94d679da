// Entry point of the technician's viewer (WEB-INF/includes/viewer.xhtml): reads the ticket,
// the feature and the chat option from #viewer, builds the status bar, the feature's UI and
// the chat panel, and opens the connection.
import { h, Banner } from './dom.js';
import { loadStrings, t } from './strings.js';
import { Connection } from './connection.js';
import { RemoteControl } from './remote.js';
import { FileManager } from './files.js';
import { Dashboard } from './dashboard.js';
import { Chat } from './chat.js';

const FEATURES = { REMOTE_CONTROL: RemoteControl, FILE_MANAGER: FileManager, DASHBOARD: Dashboard };

function start() {
  const root = document.getElementById('viewer');
  if (!root || root.dataset.started) {
    return;
  }
  root.dataset.started = 'true';
  loadStrings(document.getElementById('viewer-strings'));
  const Feature = FEATURES[root.dataset.feature];
  if (!Feature || !root.dataset.ticket) {
    root.replaceChildren(h('div', { class: 'message error', role: 'alert', text: t('close.ticket') }));
    return;
  }

  const connection = new Connection(root.dataset.ticket);
  const banner = new Banner(h('div', { class: 'viewer-banners' }));
  const viewer = { root, connection, banner };
  const feature = new Feature(viewer);
  const chat = new Chat(connection, root.dataset.computer || t('chat.computer'), root.dataset.chat === 'true');

  connection.on('error', m => banner.show(typeof m.message === 'string' && m.message ? m.message : t('error.generic')));
  connection.onState((state, reason) => {
    if (state === 'error' || (state === 'closed' && reason)) {
      banner.clear();
    }
  });

  const stage = root.querySelector('.viewer-stage') || root;
  stage.replaceChildren(
    h('div', { class: 'viewer-bar' }, connection.element, h('div', { class: 'viewer-bar-tools' }, chat.toggle)),
    banner.host,
    h('div', { class: 'viewer-body' }, h('div', { class: 'viewer-main' }, feature.element), chat.panel));
  root.classList.add('ready');

  // The viewer fills the window below its own top edge, so the screen or the tables scroll
  // inside it and the toolbar stays in view.
  const fit = () => {
    if (document.fullscreenElement === root) {
      root.style.height = '';
      return;
    }
    const top = root.getBoundingClientRect().top + window.scrollY;
    root.style.height = Math.max(480, window.innerHeight - top - 16) + 'px';
  };
  window.addEventListener('resize', fit);
  document.addEventListener('fullscreenchange', fit);
  fit();

  window.addEventListener('beforeunload', () => {
    if (connection.ws) {
      connection.ws.close(1000);
    }
  });
  connection.open();
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
