// File transfers (docs/protocol.md, "File Manager"): downloads collect 0x04 chunks and
// acknowledge the bytes received; uploads send 256 KiB chunks with at most 4 MiB
// unacknowledged, one upload at a time. Each transfer has a row with progress and Cancel.
import { h, button } from './dom.js';
import { t, bytes, percent } from './strings.js';
import { fileDataFrame } from './frames.js';

export const CHUNK = 256 * 1024;
export const WINDOW = 4 * 1024 * 1024;

/** The message for a File Manager failure code, in the page's language. */
export function failure(code) {
  const known = ['ACCESS_DENIED', 'NOT_FOUND', 'EXISTS', 'DISK_FULL', 'PATH_TOO_LONG', 'INVALID_PATH', 'IN_USE', 'FAILED', 'CLOSED'];
  return t('files.error.' + (known.includes(code) ? code : 'FAILED'));
}

/** One row in the transfer list. */
class TransferRow {
  constructor(list, name, upload, onCancel) {
    this.progress = h('progress', { max: '100', 'aria-label': name });
    this.detail = h('span', { class: 'transfer-detail' });
    this.cancelButton = button(t('action.cancel'), t('files.transfer.cancel', name), onCancel);
    this.element = h('li', { class: 'transfer' },
      h('span', { class: 'transfer-kind', text: upload ? t('files.upload.short') : t('files.download.short') }),
      h('span', { class: 'transfer-name', text: name, title: name }),
      this.progress, this.detail, this.cancelButton);
    list.append(this.element);
    list.hidden = false;
    this.detail.textContent = t('files.transfer.waiting');
  }

  update(done, total) {
    if (total > 0) {
      const share = percent(done, total);
      this.progress.value = share;
      this.detail.textContent = t('files.transfer.progress', share, bytes(done), bytes(total));
    } else {
      this.progress.removeAttribute('value');        // indeterminate: a folder being zipped
      this.detail.textContent = bytes(done);
    }
  }

  finish(text, kind) {
    this.cancelButton.remove();
    this.progress.value = kind === 'done' ? 100 : this.progress.value || 0;
    this.detail.textContent = text;
    this.element.classList.add(kind);
    const list = this.element.parentElement;
    setTimeout(() => {
      this.element.remove();
      if (list && !list.children.length) {
        list.hidden = true;
      }
    }, kind === 'done' ? 4000 : 12000);
  }
}

/** A file or folder (as ZIP) from the PC, saved through an <a download>. */
export class Download {
  constructor(connection, list, path, name) {
    this.connection = connection;
    this.id = connection.newId();
    this.parts = [];
    this.received = 0;
    this.size = -1;
    this.name = name;
    this.row = new TransferRow(list, name, false, () => this.cancel());
    connection.track(this.id, m => this.message(m));
    connection.trackTransfer(this.id, chunk => this.chunk(chunk));
    this.finished = new Promise(resolve => { this.resolve = resolve; });
    if (!connection.send({ type: 'download', id: this.id, path })) {
      this.fail('CLOSED');
    }
  }

  message(m) {
    if (m.type === 'downloadStart') {
      this.size = typeof m.size === 'number' ? m.size : -1;
      const name = typeof m.name === 'string' && m.name ? m.name : this.name;
      this.name = this.size < 0 && !/\.zip$/i.test(name) ? name + '.zip' : name;
      this.row.update(0, this.size);
    } else if (m.type === 'downloadEnd') {
      this.save();
    } else if (m.type === 'failed') {
      this.fail(m.code);
    }
  }

  chunk(data) {
    this.parts.push(data);
    this.received += data.byteLength;
    this.connection.send({ type: 'ack', id: this.id, bytes: this.received });
    this.row.update(this.received, this.size);
  }

  save() {
    this.connection.untrack(this.id);
    const blob = new Blob(this.parts, { type: 'application/octet-stream' });
    this.parts = [];
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: this.name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    this.row.finish(t('files.transfer.saved', bytes(blob.size)), 'done');
    this.blob = blob;
    this.resolve(true);
  }

  fail(code) {
    this.connection.untrack(this.id);
    this.parts = [];
    this.row.finish(failure(code), 'failed');
    this.resolve(false);
  }

  cancel() {
    this.connection.send({ type: 'cancel', id: this.id });
    this.connection.untrack(this.id);
    this.parts = [];
    this.row.finish(t('files.transfer.cancelled'), 'cancelled');
    this.resolve(false);
  }
}

/** A local file to the PC. start() runs it; the queue runs one at a time. */
export class Upload {
  constructor(connection, list, file, path) {
    this.connection = connection;
    this.file = file;
    this.path = path;
    this.sent = 0;
    this.acked = 0;
    this.state = 'queued';
    this.row = new TransferRow(list, file.name, true, () => this.cancel());
    this.finished = new Promise(resolve => { this.resolve = resolve; });
  }

  start() {
    if (this.state !== 'queued') {
      return this.finished;
    }
    this.state = 'asking';
    this.id = this.connection.newId();
    this.connection.track(this.id, m => this.message(m));
    this.row.update(0, this.file.size);
    if (!this.connection.send({ type: 'upload', id: this.id, path: this.path, size: this.file.size })) {
      this.end(false, failure('CLOSED'), 'failed');
    }
    return this.finished;
  }

  message(m) {
    if (m.type === 'ready' && this.state === 'asking') {
      this.state = 'sending';
      this.pump();
    } else if (m.type === 'ack') {
      this.acked = Math.max(this.acked, Number(m.bytes) || 0);
      this.row.update(this.acked, this.file.size);
      this.pump();
    } else if (m.type === 'done') {
      this.row.update(this.file.size, this.file.size);
      this.end(true, t('files.transfer.uploaded', bytes(this.file.size)), 'done');
    } else if (m.type === 'failed') {
      this.end(false, failure(m.code), 'failed');
    }
  }

  /** Sends chunks while fewer than WINDOW bytes wait for the PC's acknowledgement. */
  async pump() {
    if (this.pumping) {
      return;
    }
    this.pumping = true;
    try {
      while (this.state === 'sending' && this.sent < this.file.size && this.sent - this.acked < WINDOW) {
        const end = Math.min(this.sent + CHUNK, this.file.size);
        const data = new Uint8Array(await this.file.slice(this.sent, end).arrayBuffer());
        if (this.state !== 'sending') {
          break;
        }
        if (!this.connection.sendBinary(fileDataFrame(this.id, data))) {
          this.end(false, failure('CLOSED'), 'failed');
          break;
        }
        this.sent = end;
      }
    } catch (e) {
      this.cancel(t('files.upload.readFailed'));
    } finally {
      this.pumping = false;
    }
  }

  end(ok, text, kind) {
    if (this.state === 'ended') {
      return;
    }
    this.state = 'ended';
    if (this.id !== undefined) {
      this.connection.untrack(this.id);
    }
    this.row.finish(text, kind);
    this.resolve(ok);
  }

  cancel(text) {
    if (this.state === 'ended') {
      return;
    }
    if (this.id !== undefined) {
      this.connection.send({ type: 'cancel', id: this.id });
    }
    this.end(false, text || t('files.transfer.cancelled'), 'cancelled');
  }
}

/** Runs uploads one after another; onDone(upload, ok) after each. */
export class UploadQueue {
  constructor(onDone) {
    this.queue = [];
    this.running = false;
    this.onDone = onDone;
  }

  add(upload) {
    this.queue.push(upload);
    this.next();
  }

  async next() {
    if (this.running) {
      return;
    }
    this.running = true;
    while (this.queue.length) {
      const upload = this.queue.shift();
      const ok = await upload.start();
      this.onDone(upload, ok);
    }
    this.running = false;
  }
}
