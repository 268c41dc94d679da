// File Manager and Dashboard operations in a recording (docs/protocol.md, "Recordings"): the
// technician's requests, each told with what the PC answered (done, failed, a download's size).
import { EVENT } from './events.js';
import { t, bytes } from '../viewer/strings.js';

const OPERATIONS = ['list', 'mkdir', 'rename', 'delete', 'download', 'upload', 'cancel', 'endProcess', 'service'];

/** Whether the event is a technician's File Manager or Dashboard operation (reads refreshed every few seconds are not). */
export function isOperation(event) {
  return event.kind === EVENT.TECHNICIAN_TEXT && event.message !== null && OPERATIONS.includes(event.message.type);
}

/** What the PC answered to each request id: { done, failed (its message), size (of a download) }. */
export function outcomes(events) {
  const byId = new Map();
  for (const event of events) {
    const m = event.message;
    if (event.kind !== EVENT.PC_TEXT || !m || typeof m.id !== 'number') {
      continue;
    }
    const outcome = byId.get(m.id) || {};
    if (m.type === 'done' || m.type === 'downloadEnd') {
      outcome.done = true;
    } else if (m.type === 'failed') {
      outcome.failed = String(m.message || m.code || '');
    } else if (m.type === 'downloadStart') {
      outcome.size = m.size;
    }
    byId.set(m.id, outcome);
  }
  return byId;
}

/** "Delete C:\old: failed (Access is denied.)"; a cancel is told without the outcome of the transfer it stops. */
export function describeOperation(m, outcome = {}) {
  let text;
  switch (m.type) {
    case 'rename': text = t('op.rename', String(m.path), String(m.name)); break;
    case 'upload': text = t('op.upload', String(m.path), bytes(m.size)); break;
    case 'cancel': return t('op.cancel');
    case 'endProcess': text = t('op.endProcess', m.pid | 0); break;
    case 'service': text = t(m.action === 'start' ? 'op.service.start' : 'op.service.stop', String(m.name)); break;
    default: text = t('op.' + m.type, String(m.path));
  }
  if (m.type === 'download' && typeof outcome.size === 'number' && outcome.size >= 0) {
    text += ' (' + bytes(outcome.size) + ')';
  }
  if (outcome.failed !== undefined) {
    return t('op.failed', text, outcome.failed);
  }
  return outcome.done ? t('op.done', text) : text;
}
