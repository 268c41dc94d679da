// File Manager: drives, a breadcrumb, the folder's table (sortable), the toolbar (Up, Refresh,
// New folder, Rename, Delete, Download, Upload) and drag-and-drop upload onto the table.
import { h, button, confirmDialog, promptDialog, meter } from './dom.js';
import { t, bytes, dateTime, collator } from './strings.js';
import { Download, Upload, UploadQueue, failure } from './transfers.js';

/** "C:\\Users" + "a.txt" → "C:\\Users\\a.txt". */
export function joinPath(folder, name) {
  return folder.endsWith('\\') ? folder + name : folder + '\\' + name;
}

/** The parent folder, or null for a drive's root. */
export function parentPath(path) {
  const trimmed = path.replace(/\\+$/, '');
  const cut = trimmed.lastIndexOf('\\');
  if (cut < 0) {
    return null;
  }
  return cut <= 2 ? trimmed.slice(0, cut + 1) : trimmed.slice(0, cut);
}

/** Breadcrumb steps: [{label, path}] from the root. */
export function pathSteps(path) {
  const parts = path.replace(/\\+$/, '').split('\\');
  const steps = [];
  let current = '';
  parts.forEach((part, n) => {
    current = n === 0 ? part + '\\' : joinPath(current, part);
    steps.push({ label: n === 0 ? part + '\\' : part, path: current });
  });
  return steps;
}

const INVALID_NAME = /[\\/:*?"<>|\u0000-\u001f]|^\.+$|[. ]$/;

export class FileManager {
  constructor(viewer) {
    this.viewer = viewer;
    this.connection = viewer.connection;
    this.path = null;
    this.entries = [];
    this.sort = { key: 'name', direction: 1 };
    this.selected = null;
    this.uploads = new UploadQueue(upload => {
      if (this.path && parentPath(upload.path) === this.path) {
        this.refresh();
      }
    });
    this.element = this.render();
    this.connection.latencyLabel = 'latency.request';
    this.connection.onState(state => this.stateChanged(state));
    this.stateChanged(this.connection.state);
  }

  render() {
    this.drives = h('ul', { class: 'drive-list', 'aria-label': t('files.drives') });
    this.crumbs = h('ol', { class: 'crumbs' });
    this.fileInput = h('input', { type: 'file', multiple: true, hidden: true, onchange: () => {
      this.upload([...this.fileInput.files]);
      this.fileInput.value = '';
    } });
    this.buttons = {
      up: button(t('files.up'), t('files.up.title'), () => this.up()),
      refresh: button(t('action.refresh'), t('files.refresh.title'), () => this.refresh()),
      mkdir: button(t('files.newFolder'), t('files.newFolder.title'), () => this.mkdir()),
      rename: button(t('files.rename'), t('files.rename.title'), () => this.rename()),
      remove: button(t('files.delete'), t('files.delete.title'), () => this.remove()),
      download: button(t('files.download'), t('files.download.title'), () => this.download()),
      upload: button(t('files.upload'), t('files.upload.title'), () => this.fileInput.click())
    };
    this.tbody = h('tbody');
    this.headers = {};
    const header = (key, className) => {
      const b = h('button', { type: 'button', class: 'sort', onclick: () => this.sortBy(key) }, t('files.column.' + key));
      this.headers[key] = h('th', { scope: 'col', class: className }, b);
      return this.headers[key];
    };
    this.table = h('table', { class: 'list files-table' },
      h('caption', { class: 'sr-only', text: t('files.table') }),
      h('thead', {}, h('tr', {}, header('name'), header('size', 'num'), header('modified'), header('type'))),
      this.tbody);
    this.empty = h('p', { class: 'empty', hidden: true });
    this.dropZone = h('div', { class: 'files-pane', 'aria-describedby': 'viewer-drop-hint' }, this.table, this.empty,
      h('p', { class: 'drop-hint', id: 'viewer-drop-hint', text: t('files.dropHint') }));
    this.transfers = h('ul', { class: 'transfers', hidden: true, 'aria-label': t('files.transfers'), 'aria-live': 'polite' });
    this.bindDrop();
    const b = this.buttons;
    return h('div', { class: 'viewer-files' },
      h('div', { class: 'viewer-toolbar', role: 'toolbar', 'aria-label': t('files.toolbar') },
        h('div', { class: 'tool-group' }, b.up, b.refresh),
        h('div', { class: 'tool-group' }, b.mkdir, b.rename, b.remove),
        h('div', { class: 'tool-group' }, b.download, b.upload, this.fileInput)),
      h('div', { class: 'files-body' },
        h('nav', { class: 'drives', 'aria-label': t('files.drives') }, h('h3', { text: t('files.drives') }), this.drives),
        h('div', { class: 'files-main' }, h('nav', { 'aria-label': t('files.location') }, this.crumbs), this.dropZone)),
      this.transfers);
  }

  stateChanged(state) {
    const on = state === 'connected';
    this.element.classList.toggle('inactive', !on);
    if (on && !this.loadedDrives) {
      this.loadedDrives = true;
      this.loadDrives();
    }
    this.updateButtons();
  }

  updateButtons() {
    const on = this.connection.connected;
    const b = this.buttons;
    const inFolder = on && this.path !== null;
    b.up.disabled = !inFolder || parentPath(this.path) === null;
    b.refresh.disabled = !on;
    b.mkdir.disabled = !inFolder;
    b.upload.disabled = !inFolder;
    b.rename.disabled = b.remove.disabled = b.download.disabled = !inFolder || !this.selected;
  }

  async loadDrives() {
    try {
      const answer = await this.connection.request({ type: 'drives' });
      const drives = Array.isArray(answer.drives) ? answer.drives : [];
      this.drives.replaceChildren(...drives.map(d => h('li', {},
        h('button', { type: 'button', class: 'drive', dataset: { path: d.path }, onclick: () => this.open(d.path),
          title: d.path },
        h('span', { class: 'drive-name', text: d.label ? `${d.label} (${d.path.replace(/\\$/, '')})` : d.path }),
        d.total > 0 ? meter(d.total - d.free, d.total, t('files.drive.free', bytes(d.free), bytes(d.total))) : null))));
      if (this.path === null && drives.length) {
        const first = drives.find(d => d.kind === 'fixed') || drives[0];
        this.open(first.path);
      }
    } catch (e) {
      this.error(e);
    }
  }

  async open(path) {
    try {
      const answer = await this.connection.request({ type: 'list', path });
      this.path = answer.path || path;
      this.entries = Array.isArray(answer.entries) ? answer.entries : [];
      if (this.selected && !this.entries.some(e => e.name === this.selected)) {
        this.selected = null;
      }
      this.renderPath();
      this.renderEntries();
    } catch (e) {
      this.error(e);
    }
  }

  refresh() {
    if (this.path !== null) {
      this.open(this.path);
    } else {
      this.loadDrives();
    }
  }

  up() {
    const parent = this.path && parentPath(this.path);
    if (parent) {
      this.selected = this.path.replace(/\\+$/, '').split('\\').pop();
      this.open(parent);
    }
  }

  renderPath() {
    const steps = pathSteps(this.path);
    this.crumbs.replaceChildren(...steps.map((step, n) => h('li', {}, n === steps.length - 1
      ? h('span', { 'aria-current': 'location', text: step.label })
      : h('button', { type: 'button', class: 'link', onclick: () => this.open(step.path) }, step.label))));
    this.drives.querySelectorAll('.drive').forEach(d => d.classList.toggle('current',
      this.path.toUpperCase().startsWith(d.dataset.path.toUpperCase())));
  }

  sortBy(key) {
    this.sort = { key, direction: this.sort.key === key ? -this.sort.direction : 1 };
    this.renderEntries();
  }

  sorted() {
    const { key, direction } = this.sort;
    const value = {
      name: (a, b) => collator.compare(a.name, b.name),
      size: (a, b) => (a.size || 0) - (b.size || 0),
      modified: (a, b) => String(a.modified || '').localeCompare(String(b.modified || '')),
      type: (a, b) => collator.compare(this.typeOf(a), this.typeOf(b)) || collator.compare(a.name, b.name)
    }[key];
    // Folders always first, as in Explorer.
    return [...this.entries].sort((a, b) => (b.dir - a.dir) || direction * value(a, b));
  }

  typeOf(entry) {
    if (entry.dir) {
      return t('files.type.folder');
    }
    const dot = entry.name.lastIndexOf('.');
    return dot > 0 && dot < entry.name.length - 1 ? t('files.type.file', entry.name.slice(dot + 1).toUpperCase()) : t('files.type.plain');
  }

  renderEntries() {
    for (const [key, th] of Object.entries(this.headers)) {
      th.setAttribute('aria-sort', key === this.sort.key ? (this.sort.direction > 0 ? 'ascending' : 'descending') : 'none');
    }
    const rows = this.sorted().map(entry => {
      const row = h('tr', { tabindex: '-1', 'aria-selected': String(entry.name === this.selected), class: entry.dir ? 'dir' : 'file',
        dataset: { name: entry.name } },
      h('td', { class: 'name' }, h('span', { class: 'icon ' + (entry.dir ? 'icon-dir' : 'icon-file'), 'aria-hidden': 'true' }), entry.name),
      h('td', { class: 'num', text: entry.dir ? '' : bytes(entry.size) }),
      h('td', { text: entry.modified ? dateTime(entry.modified) : '' }),
      h('td', { text: this.typeOf(entry) }));
      row.addEventListener('click', () => this.select(entry.name, row));
      row.addEventListener('dblclick', () => this.activate(entry));
      row.addEventListener('keydown', e => this.rowKey(e, entry, row));
      return row;
    });
    this.tbody.replaceChildren(...rows);
    const first = rows.find(r => r.dataset.name === this.selected) || rows[0];
    if (first) {
      first.tabIndex = 0;
    }
    this.empty.hidden = rows.length > 0;
    this.empty.textContent = t('files.emptyFolder');
    this.updateButtons();
  }

  select(name, row) {
    this.selected = name;
    this.tbody.querySelectorAll('tr').forEach(r => {
      const on = r === row;
      r.setAttribute('aria-selected', String(on));
      r.tabIndex = on ? 0 : -1;
    });
    row.focus();
    this.updateButtons();
  }

  activate(entry) {
    if (entry.dir) {
      this.selected = null;
      this.open(joinPath(this.path, entry.name));
    } else {
      this.download();
    }
  }

  rowKey(e, entry, row) {
    const move = { ArrowDown: row.nextElementSibling, ArrowUp: row.previousElementSibling }[e.key];
    if (move) {
      e.preventDefault();
      this.select(move.dataset.name, move);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.activate(entry);
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      this.up();
    } else if (e.key === 'Delete') {
      this.remove();
    } else if (e.key === 'F2') {
      e.preventDefault();
      this.rename();
    }
  }

  selectedEntry() {
    return this.entries.find(e => e.name === this.selected) || null;
  }

  async mkdir() {
    const name = await promptDialog(t('files.newFolder'), t('files.newFolder.label'), t('files.newFolder.default'), t('action.create'));
    if (name && this.validName(name)) {
      this.perform({ type: 'mkdir', path: joinPath(this.path, name) }, name);
    }
  }

  async rename() {
    const entry = this.selectedEntry();
    if (!entry) {
      return;
    }
    const name = await promptDialog(t('files.rename'), t('files.rename.label', entry.name), entry.name, t('files.rename'));
    if (name && name !== entry.name && this.validName(name)) {
      this.perform({ type: 'rename', path: joinPath(this.path, entry.name), name }, name);
    }
  }

  async remove() {
    const entry = this.selectedEntry();
    if (!entry) {
      return;
    }
    const text = entry.dir ? t('files.delete.confirm.folder', entry.name) : t('files.delete.confirm.file', entry.name);
    if (await confirmDialog(t('files.delete.confirm.title'), text, t('files.delete'), true)) {
      this.selected = null;
      this.perform({ type: 'delete', path: joinPath(this.path, entry.name) }, null);
    }
  }

  validName(name) {
    if (INVALID_NAME.test(name)) {
      this.viewer.banner.show(t('files.error.INVALID_NAME'));
      return false;
    }
    return true;
  }

  async perform(request, select) {
    try {
      await this.connection.request(request);
      if (select) {
        this.selected = select;
      }
      this.refresh();
    } catch (e) {
      this.error(e);
    }
  }

  download() {
    const entry = this.selectedEntry();
    if (entry) {
      new Download(this.connection, this.transfers, joinPath(this.path, entry.name), entry.dir ? entry.name + '.zip' : entry.name);
    }
  }

  upload(files) {
    if (this.path === null || !this.connection.connected) {
      return;
    }
    for (const file of files) {
      this.uploads.add(new Upload(this.connection, this.transfers, file, joinPath(this.path, file.name)));
    }
  }

  bindDrop() {
    const zone = this.dropZone;
    const over = e => {
      if (e.dataTransfer && [...e.dataTransfer.types].includes('Files') && this.path !== null && this.connection.connected) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        zone.classList.add('dropping');
      }
    };
    zone.addEventListener('dragenter', over);
    zone.addEventListener('dragover', over);
    zone.addEventListener('dragleave', e => {
      if (!zone.contains(e.relatedTarget)) {
        zone.classList.remove('dropping');
      }
    });
    zone.addEventListener('drop', e => {
      e.preventDefault();
      zone.classList.remove('dropping');
      const items = [...(e.dataTransfer.items || [])];
      const files = [];
      let folders = 0;
      items.forEach(item => {
        const entry = item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
        if (entry && entry.isDirectory) {
          folders++;
        } else if (item.kind === 'file') {
          const file = item.getAsFile();
          if (file) {
            files.push(file);
          }
        }
      });
      if (!items.length) {
        files.push(...e.dataTransfer.files);
      }
      if (folders) {
        this.viewer.banner.show(t('files.upload.noFolders'));
      }
      this.upload(files);
    });
  }

  error(e) {
    if (e && e.code !== 'NOT_CONNECTED' && e.code !== 'CLOSED') {
      this.viewer.banner.show(failure(e.code));
    }
  }
}
