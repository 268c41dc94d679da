// Dashboard: an overview (system, disks, network adapters; refreshed every 5 s while shown)
// and tabs for processes, services, installed software and recent system errors.
import { h, button, confirmDialog, meter } from './dom.js';
import { t, hasString, bytes, number, dateTime, duration, collator, percent } from './strings.js';
import { failure } from './transfers.js';

const TABS = ['overview', 'processes', 'services', 'software', 'events'];
const AUTO_REFRESH_MS = 5000;

/** The translation of a worker's value (service state, start type), or the value itself. */
function known(prefix, value) {
  return hasString(prefix + value) ? t(prefix + value) : String(value || '');
}

export class Dashboard {
  constructor(viewer) {
    this.viewer = viewer;
    this.connection = viewer.connection;
    this.data = {};
    this.filters = {};
    this.processSort = { key: 'memory', direction: -1 };
    this.current = 'overview';
    this.element = this.render();
    this.connection.latencyLabel = 'latency.request';
    this.connection.onState(state => this.stateChanged(state));
    this.stateChanged(this.connection.state);
    setInterval(() => this.autoRefresh(), AUTO_REFRESH_MS);
  }

  render() {
    this.tabs = {};
    this.panels = {};
    const list = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('dash.sections') });
    for (const name of TABS) {
      const tab = h('button', { type: 'button', role: 'tab', id: 'dash-tab-' + name, 'aria-controls': 'dash-panel-' + name,
        'aria-selected': String(name === this.current), tabindex: name === this.current ? '0' : '-1',
        onclick: () => this.show(name) }, t('dash.tab.' + name));
      tab.addEventListener('keydown', e => this.tabKey(e, name));
      this.tabs[name] = tab;
      list.append(tab);
      this.panels[name] = h('section', { class: 'dash-panel', role: 'tabpanel', id: 'dash-panel-' + name,
        'aria-labelledby': 'dash-tab-' + name, hidden: name !== this.current, tabindex: '-1' });
    }
    this.refreshButton = button(t('action.refresh'), t('dash.refresh.title'), () => this.load(this.current));
    this.updated = h('span', { class: 'muted dash-updated' });
    return h('div', { class: 'viewer-dashboard' },
      h('div', { class: 'viewer-toolbar' }, list, h('div', { class: 'tool-group end' }, this.updated, this.refreshButton)),
      h('div', { class: 'dash-body' }, ...TABS.map(n => this.panels[n])));
  }

  tabKey(e, name) {
    const n = TABS.indexOf(name);
    const next = { ArrowRight: n + 1, ArrowLeft: n - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (next !== undefined) {
      e.preventDefault();
      const target = TABS[(next + TABS.length) % TABS.length];
      this.show(target);
      this.tabs[target].focus();
    }
  }

  stateChanged(state) {
    const on = state === 'connected';
    this.refreshButton.disabled = !on;
    this.element.classList.toggle('inactive', !on);
    if (on && !this.data[this.current]) {
      this.load(this.current);
    }
  }

  show(name) {
    this.current = name;
    for (const n of TABS) {
      this.tabs[n].setAttribute('aria-selected', String(n === name));
      this.tabs[n].tabIndex = n === name ? 0 : -1;
      this.panels[n].hidden = n !== name;
    }
    if (!this.data[name]) {
      this.load(name);
    }
  }

  autoRefresh() {
    if (this.current === 'overview' && !document.hidden && this.connection.connected && !this.loading) {
      this.load('overview', true);
    }
  }

  async load(name, quiet = false) {
    if (!this.connection.connected) {
      return;
    }
    const type = name === 'overview' ? 'system' : name;
    if (!quiet && !this.data[name]) {
      this.panels[name].replaceChildren(h('p', { class: 'empty', text: t('dash.loading') }));
    }
    this.loading = true;
    try {
      this.data[name] = await this.connection.request({ type });
      this.draw(name);
      this.updated.textContent = t('dash.updated', new Date().toLocaleTimeString(document.documentElement.lang || undefined));
    } catch (e) {
      if (e.code === 'CLOSED' || e.code === 'NOT_CONNECTED') {
        return;
      }
      if (!this.data[name]) {
        // In place of "Loading...", which would otherwise stay for good.
        this.panels[name].replaceChildren(h('p', { class: 'empty', text: t('dash.error.load') }));
      } else if (!quiet) {
        this.viewer.banner.show(t('dash.error.load'));
      }
    } finally {
      this.loading = false;
    }
  }

  draw(name) {
    const panel = this.panels[name];
    const focused = panel.contains(document.activeElement) ? document.activeElement : null;
    const keep = focused && focused.classList.contains('filter') ? focused.selectionStart : null;
    ({ overview: () => this.drawOverview(), processes: () => this.drawProcesses(), services: () => this.drawServices(),
      software: () => this.drawSoftware(), events: () => this.drawEvents() })[name]();
    if (keep !== null) {
      const filter = panel.querySelector('.filter');
      filter.focus();
      filter.setSelectionRange(keep, keep);
    }
  }

  drawOverview() {
    const s = this.data.overview;
    const cpu = s.cpu || {};
    const memory = s.memory || {};
    const used = (memory.total || 0) - (memory.free || 0);
    const fact = (label, value) => [h('dt', { text: label }), h('dd', {}, value)];
    const system = h('div', { class: 'card dash-card' }, h('h3', { text: t('dash.system') }),
      h('dl', { class: 'facts' },
        fact(t('dash.computer'), s.computer || ''),
        fact(t('dash.os'), s.os || ''),
        fact(t('dash.version'), s.version || ''),
        fact(t('dash.uptime'), duration(s.uptimeSeconds)),
        fact(t('dash.cpu'), cpu.name || ''),
        fact(t('dash.cores'), cpu.cores ? number(cpu.cores) : ''),
        fact(t('dash.load'), meter(cpu.loadPercent || 0, 100, t('dash.percent', number(cpu.loadPercent || 0)))),
        fact(t('dash.memory'), meter(used, memory.total, t('dash.memory.used', bytes(used), bytes(memory.total || 0),
          percent(used, memory.total))))));
    const disks = h('div', { class: 'card dash-card' }, h('h3', { text: t('dash.disks') }),
      (s.disks || []).length ? h('ul', { class: 'plain' }, (s.disks || []).map(d => h('li', {},
        h('div', { class: 'dash-disk', text: d.path }),
        meter(d.total - d.free, d.total, t('files.drive.free', bytes(d.free), bytes(d.total))))))
        : h('p', { class: 'empty', text: t('dash.none') }));
    const network = h('div', { class: 'card dash-card' }, h('h3', { text: t('dash.network') }),
      (s.adapters || []).length ? h('ul', { class: 'plain' }, (s.adapters || []).map(a => h('li', { class: 'dash-adapter' },
        h('strong', { text: a.name }),
        h('div', { class: 'muted', text: t('dash.mac', a.mac || '') }),
        h('div', { text: (a.addresses || []).join(', ') }))))
        : h('p', { class: 'empty', text: t('dash.none') }));
    this.panels.overview.replaceChildren(h('div', { class: 'dash-cards' }, system, disks, network));
  }

  /** A filter box above a table; typing re-renders the panel. */
  filterBox(name) {
    const id = 'dash-filter-' + name;
    const input = h('input', { type: 'search', id, class: 'filter', value: this.filters[name] || '', autocomplete: 'off',
      placeholder: t('dash.filter.placeholder') });
    input.addEventListener('input', () => {
      this.filters[name] = input.value;
      this.draw(name);
    });
    return h('div', { class: 'dash-filter' }, h('label', { for: id, text: t('dash.filter') }), input);
  }

  matches(name, ...values) {
    const filter = (this.filters[name] || '').trim().toLowerCase();
    return !filter || values.some(v => String(v || '').toLowerCase().includes(filter));
  }

  table(caption, columns, rows, emptyText) {
    if (!rows.length) {
      return h('p', { class: 'empty', text: emptyText });
    }
    return h('div', { class: 'table-scroll' }, h('table', { class: 'list' },
      h('caption', { class: 'sr-only', text: caption }),
      h('thead', {}, h('tr', {}, columns)),
      h('tbody', {}, rows)));
  }

  sortHeader(key, label, className) {
    const s = this.processSort;
    return h('th', { scope: 'col', class: className, 'aria-sort': s.key === key ? (s.direction > 0 ? 'ascending' : 'descending') : 'none' },
      h('button', { type: 'button', class: 'sort', onclick: () => {
        this.processSort = { key, direction: s.key === key ? -s.direction : (key === 'memory' ? -1 : 1) };
        this.drawProcesses();
      } }, label));
  }

  drawProcesses() {
    const { key, direction } = this.processSort;
    const list = (this.data.processes.processes || [])
      .filter(p => this.matches('processes', p.name, p.pid))
      .sort((a, b) => direction * (key === 'name' ? collator.compare(a.name || '', b.name || '') : (a.memory || 0) - (b.memory || 0)));
    const rows = list.map(p => h('tr', {},
      h('td', { text: p.name }), h('td', { class: 'num', text: String(p.pid) }), h('td', { class: 'num', text: bytes(p.memory) }),
      h('td', { class: 'row-action' }, p.pid > 4 ? button(t('dash.endProcess'), t('dash.endProcess.title', p.name, p.pid),
        () => this.endProcess(p), 'danger-outline') : null)));
    this.panels.processes.replaceChildren(this.filterBox('processes'),
      this.table(t('dash.tab.processes'), [this.sortHeader('name', t('dash.column.name')), h('th', { scope: 'col', class: 'num', text: t('dash.column.pid') }),
        this.sortHeader('memory', t('dash.column.memory'), 'num'), h('th', { scope: 'col', class: 'row-action', text: t('dash.column.actions') })],
      rows, t('dash.none')));
  }

  async endProcess(p) {
    if (!await confirmDialog(t('dash.endProcess'), t('dash.endProcess.confirm', p.name, p.pid), t('dash.endProcess'), true)) {
      return;
    }
    try {
      await this.connection.request({ type: 'endProcess', pid: p.pid });
      this.viewer.banner.show(t('dash.endProcess.done', p.name), 'info');
    } catch (e) {
      this.viewer.banner.show(t('dash.endProcess.failed', p.name) + ' ' + failure(e.code));
    }
    this.load('processes', true);
  }

  drawServices() {
    const list = (this.data.services.services || [])
      .filter(s => this.matches('services', s.name, s.display))
      .sort((a, b) => collator.compare(a.display || a.name, b.display || b.name));
    const rows = list.map(s => h('tr', {},
      h('td', {}, h('div', { text: s.display || s.name }), h('div', { class: 'muted small-text', text: s.name })),
      h('td', {}, h('span', { class: 'badge ' + (s.state === 'running' ? 'online' : 'offline'), text: known('dash.state.', s.state) })),
      h('td', { text: known('dash.start.', s.startType) }),
      h('td', { class: 'row-action' },
        s.state === 'stopped' ? button(t('dash.service.start'), t('dash.service.start.title', s.display || s.name), () => this.service(s, 'start')) : null,
        s.state === 'running' ? button(t('dash.service.stop'), t('dash.service.stop.title', s.display || s.name), () => this.service(s, 'stop'), 'danger-outline') : null)));
    this.panels.services.replaceChildren(this.filterBox('services'),
      this.table(t('dash.tab.services'), ['name', 'state', 'startType', 'actions'].map(c => h('th', { scope: 'col', text: t('dash.column.' + c) })),
        rows, t('dash.none')));
  }

  async service(s, action) {
    try {
      await this.connection.request({ type: 'service', name: s.name, action });
      this.viewer.banner.show(t('dash.service.' + action + '.done', s.display || s.name), 'info');
    } catch (e) {
      this.viewer.banner.show(t('dash.service.failed', s.display || s.name) + ' ' + failure(e.code));
    }
    this.load('services', true);
  }

  drawSoftware() {
    const list = (this.data.software.software || [])
      .filter(s => this.matches('software', s.name, s.publisher, s.version))
      .sort((a, b) => collator.compare(a.name || '', b.name || ''));
    const rows = list.map(s => h('tr', {}, h('td', { text: s.name }), h('td', { text: s.version || '' }), h('td', { text: s.publisher || '' })));
    this.panels.software.replaceChildren(this.filterBox('software'),
      this.table(t('dash.tab.software'), ['name', 'version', 'publisher'].map(c => h('th', { scope: 'col', text: t('dash.column.' + c) })),
        rows, t('dash.none')));
  }

  drawEvents() {
    const list = [...(this.data.events.events || [])].sort((a, b) => String(b.time).localeCompare(String(a.time)));
    const rows = list.map(e => h('tr', {}, h('td', { class: 'nowrap', text: dateTime(e.time) }), h('td', { text: e.source || '' }),
      h('td', { class: 'num', text: e.id === undefined ? '' : String(e.id) }), h('td', { class: 'event-message', text: e.message || '' })));
    this.panels.events.replaceChildren(h('p', { class: 'muted', text: t('dash.events.intro') }),
      this.table(t('dash.tab.events'), ['time', 'source', 'eventId', 'message'].map(c => h('th', { scope: 'col', text: t('dash.column.' + c) })),
        rows, t('dash.events.none')));
  }
}
