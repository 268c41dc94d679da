// Remote Control: toolbar (monitor, quality, scale, full screen, view only, blank screen,
// Ctrl+Alt+Del, clipboard, reboot), the screen and the technician's input.
import { h, button, toggle, setPressed, confirmDialog, textDialog } from './dom.js';
import { t, number } from './strings.js';
import { Screen } from './screen.js';
import { RemoteInput } from './input.js';

const MAX_CLIPBOARD = 30000;   // characters: keeps the JSON frame well under 64 KiB

export class RemoteControl {
  constructor(viewer) {
    this.viewer = viewer;
    this.connection = viewer.connection;
    this.screen = new Screen(seq => this.connection.send({ type: 'ack', seq }));
    this.input = new RemoteInput(this.screen, this.connection);
    this.viewOnly = false;
    this.element = this.render();
    this.wire();
  }

  render() {
    this.monitor = h('select', { class: 'small-select', 'aria-label': t('remote.monitor'), title: t('remote.monitor'),
      onchange: () => this.connection.send({ type: 'monitor', index: Number(this.monitor.value) }) });
    this.monitorBox = h('label', { class: 'tool-field', hidden: true }, h('span', { text: t('remote.monitor') }), this.monitor);
    this.quality = h('select', { class: 'small-select', 'aria-label': t('remote.quality'), title: t('remote.quality.title'),
      onchange: () => this.connection.send({ type: 'quality', value: this.quality.value }) },
    ['low', 'medium', 'high'].map(v => h('option', { value: v, selected: v === 'medium' }, t('remote.quality.' + v))));
    const qualityBox = h('label', { class: 'tool-field' }, h('span', { text: t('remote.quality') }), this.quality);

    this.actual = toggle(t('remote.actualSize'), t('remote.actualSize.title'), on => this.screen.setFit(!on));
    this.fullscreen = button(t('remote.fullscreen'), t('remote.fullscreen.title'), () => this.toggleFullscreen());
    this.viewOnlyButton = toggle(t('remote.viewOnly'), t('remote.viewOnly.title'), on => this.setViewOnly(on));
    this.blank = toggle(t('remote.blank'), t('remote.blank.title'), on => this.connection.send({ type: 'blank', on }));
    this.cad = button(t('remote.cad'), t('remote.cad.title'), () => {
      this.connection.send({ type: 'cad' });
      this.input.keyboard.focus({ preventScroll: true });
    });
    this.sendClipboard = button(t('remote.sendClipboard'), t('remote.sendClipboard.title'), () => this.pushClipboard());
    this.reboot = button(t('remote.reboot'), t('remote.reboot.title'), () => this.askReboot(), 'danger-outline');

    this.clipboardText = h('textarea', { class: 'viewer-textarea', readonly: true, rows: '1', 'aria-label': t('remote.clipboard.received'),
      title: t('remote.clipboard.hint') });
    this.clipboardPanel = h('div', { class: 'viewer-clipboard', hidden: true, role: 'region', 'aria-label': t('remote.clipboard.received') },
      h('strong', { text: t('remote.clipboard.received') }),
      this.clipboardText,
      button(t('remote.clipboard.copy'), t('remote.clipboard.hint'), () => this.copyReceived()),
      h('button', { type: 'button', class: 'viewer-close', title: t('action.close'), 'aria-label': t('action.close'),
        onclick: () => { this.clipboardPanel.hidden = true; } }, '\u00d7'));

    this.controls = [this.monitor, this.quality, this.viewOnlyButton, this.blank, this.cad, this.sendClipboard, this.reboot];
    const toolbar = h('div', { class: 'viewer-toolbar', role: 'toolbar', 'aria-label': t('remote.toolbar') },
      h('div', { class: 'tool-group' }, this.monitorBox, qualityBox),
      h('div', { class: 'tool-group' }, this.actual, this.fullscreen),
      h('div', { class: 'tool-group' }, this.viewOnlyButton, this.blank),
      h('div', { class: 'tool-group' }, this.cad, this.sendClipboard),
      h('div', { class: 'tool-group end' }, this.reboot));
    this.placeholder = h('div', { class: 'viewer-placeholder', text: t('remote.waiting') });
    this.screen.element.append(this.input.keyboard, this.placeholder);
    return h('div', { class: 'viewer-remote' }, toolbar, this.clipboardPanel, this.screen.element);
  }

  wire() {
    const c = this.connection;
    c.latencyLabel = 'latency.pointer';
    this.screen.attach(c);
    c.on('screen', m => this.screenChanged(m));
    c.on('cursor', m => {
      this.screen.cursor(m);
      this.input.pointerAnswered();
    });
    c.on('clipboard', m => this.clipboardReceived(m.text));
    // The PC's answer to a blank request: the button shows what the PC did, not what was asked.
    c.on('blank', m => setPressed(this.blank, m.on === true));
    c.onState(state => this.stateChanged(state));
    this.stateChanged(c.state);
    document.addEventListener('fullscreenchange', () => this.fullscreenChanged());
  }

  stateChanged(state) {
    const on = state === 'connected';
    this.controls.forEach(control => { control.disabled = !on; });
    this.input.setEnabled(on && !this.viewOnly);
    this.screen.setInteractive(on && !this.viewOnly);
    this.screen.element.classList.toggle('inactive', !on);
    if (state !== 'connecting' && state !== 'connected' && !this.screen.width) {
      this.placeholder.textContent = t('status.' + state);
    }
  }

  screenChanged(m) {
    this.screen.restartDecoding();
    const width = m.width | 0;
    const height = m.height | 0;
    if (width > 0 && height > 0) {
      this.screen.resize(width, height);
      this.placeholder.hidden = true;
    }
    const monitors = Array.isArray(m.monitors) ? m.monitors : [];
    this.monitorBox.hidden = monitors.length < 2;
    this.monitor.replaceChildren(...monitors.map((monitor, n) => h('option', {
      value: String(monitor.index), selected: monitor.index === m.monitor
    }, t(monitor.primary ? 'remote.monitor.primary' : 'remote.monitor.other', n + 1,
      number(monitor.width), number(monitor.height)))));
  }

  setViewOnly(on) {
    this.viewOnly = on;
    this.connection.send({ type: 'viewOnly', on });
    this.stateChanged(this.connection.state);
  }

  toggleFullscreen() {
    const root = this.viewer.root;
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (root.requestFullscreen) {
      root.requestFullscreen({ navigationUI: 'hide' }).then(() => {
        // In full screen Chromium lets a page keep keys such as Alt+Tab and the Windows key.
        if (navigator.keyboard && navigator.keyboard.lock) {
          navigator.keyboard.lock().catch(() => {});
        }
        this.input.keyboard.focus({ preventScroll: true });
      }).catch(() => this.viewer.banner.show(t('remote.fullscreen.failed')));
    }
  }

  fullscreenChanged() {
    const on = document.fullscreenElement === this.viewer.root;
    this.fullscreen.textContent = on ? t('remote.fullscreen.exit') : t('remote.fullscreen');
    setPressed(this.fullscreen, on);
    if (!on && navigator.keyboard && navigator.keyboard.unlock) {
      navigator.keyboard.unlock();
    }
    this.screen.layout();
  }

  async pushClipboard() {
    let text = null;
    try {
      text = await navigator.clipboard.readText();
    } catch (e) {
      text = await textDialog(t('remote.sendClipboard'), t('remote.clipboard.paste'), t('action.send'));
    }
    if (text === null || text === undefined) {
      return;
    }
    if (text.length > MAX_CLIPBOARD) {
      this.viewer.banner.show(t('remote.clipboard.tooLong', number(MAX_CLIPBOARD)));
      return;
    }
    if (this.connection.send({ type: 'clipboard', text })) {
      this.viewer.banner.show(t('remote.clipboard.sent'), 'info');
    }
    this.input.keyboard.focus({ preventScroll: true });
  }

  async clipboardReceived(text) {
    if (typeof text !== 'string') {
      return;
    }
    try {
      if (!document.hasFocus()) {
        throw new Error('not focused');
      }
      await navigator.clipboard.writeText(text);
      this.clipboardPanel.hidden = true;
    } catch (e) {
      this.clipboardText.value = text;
      this.clipboardPanel.hidden = false;
    }
  }

  copyReceived() {
    this.clipboardText.focus();
    this.clipboardText.select();
    const done = () => this.viewer.banner.show(t('remote.clipboard.copied'), 'info');
    if (navigator.clipboard) {
      navigator.clipboard.writeText(this.clipboardText.value).then(done, () => {
        document.execCommand('copy');
        done();
      });
    } else {
      document.execCommand('copy');
      done();
    }
  }

  async askReboot() {
    if (await confirmDialog(t('remote.reboot.confirm.title'), t('remote.reboot.confirm.text'), t('remote.reboot'), true)) {
      if (this.connection.send({ type: 'reboot' })) {
        this.viewer.banner.show(t('remote.reboot.sent'), 'info', true);
      }
    }
  }
}
