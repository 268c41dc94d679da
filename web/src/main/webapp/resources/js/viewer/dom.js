// Small DOM helpers: element creation, the message banner and modal dialogs (<dialog>),
// all without inline handlers so the pages work under a strict Content-Security-Policy.
import { t } from './strings.js';

/**
 * h('button', {class: 'small', title: 'x', onclick: fn}, 'text', child...)
 * Keys starting with "on" become listeners; "class", "text", "hidden", "disabled" and
 * "dataset" are handled; everything else is an attribute.
 */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      element.className = value;
    } else if (key === 'text') {
      element.textContent = value;
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (key === 'hidden' || key === 'disabled' || key === 'checked' || key === 'value' || key === 'selected') {
      element[key] = value;
    } else {
      element.setAttribute(key, value === true ? '' : value);
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** A toolbar button with a visible label and a longer title for the tooltip. */
export function button(label, title, onclick, extraClass = '') {
  return h('button', { type: 'button', class: ('secondary small ' + extraClass).trim(), title, onclick }, label);
}

/** A two-state button (aria-pressed). */
export function toggle(label, title, onchange) {
  const b = h('button', { type: 'button', class: 'secondary small toggle', title, 'aria-pressed': 'false' }, label);
  b.addEventListener('click', () => {
    const on = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', String(on));
    onchange(on, b);
  });
  return b;
}

export function setPressed(b, on) {
  b.setAttribute('aria-pressed', String(!!on));
}

/** A bar showing used of total, with a text such as "12 GB free of 100 GB". */
export function meter(used, total, label) {
  const share = total > 0 ? Math.max(0, Math.min(100, used * 100 / total)) : 0;
  const fill = h('div', { class: 'meter-fill' });
  // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
  fill.style.width = `${share.toFixed(1)}%`;
  const bar = h('div', { class: 'meter' + (share >= 90 ? ' high' : ''), role: 'img', 'aria-label': label }, fill);
  return h('div', { class: 'meter-box' }, bar, h('div', { class: 'meter-text' }, label));
}

/** The banner area: one message at a time, dismissible; errors use role=alert. */
export class Banner {
  constructor(host) {
    this.host = host;
  }

  show(text, kind = 'error', sticky = false) {
    this.host.replaceChildren(h('div', { class: 'message viewer-banner ' + kind, role: kind === 'error' ? 'alert' : 'status' },
      h('span', { class: 'viewer-banner-text' }, text),
      h('button', { type: 'button', class: 'viewer-close', title: t('action.dismiss'), 'aria-label': t('action.dismiss'),
        onclick: () => this.clear() }, '\u00d7')));
    clearTimeout(this.timer);
    if (kind !== 'error' && !sticky) {
      this.timer = setTimeout(() => this.clear(), 6000);
    }
  }

  clear() {
    clearTimeout(this.timer);
    this.host.replaceChildren();
  }
}

function openDialog(content, buttons, initialFocus) {
  return new Promise(resolve => {
    const dialog = h('dialog', { class: 'viewer-dialog' });
    let result = null;
    const actions = h('div', { class: 'actions' });
    for (const spec of buttons) {
      actions.append(h('button', { type: 'button', class: spec.class || '', onclick: () => {
        result = spec.value();
        dialog.close();
      } }, spec.label));
    }
    dialog.append(...content, actions);
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(result);
    });
    (document.fullscreenElement || document.body).append(dialog);
    dialog.showModal();
    (initialFocus || actions.lastChild).focus();
  });
}

/** Resolves true when the user confirms. */
export async function confirmDialog(title, text, okLabel, danger = false) {
  const result = await openDialog([h('h2', { text: title }), h('p', { text })], [
    { label: t('action.cancel'), class: 'secondary', value: () => false },
    { label: okLabel, class: danger ? 'danger' : '', value: () => true }]);
  return result === true;
}

/** Resolves the typed text, or null when cancelled. */
export async function promptDialog(title, label, value, okLabel) {
  const id = 'viewer-prompt-' + Math.random().toString(36).slice(2);
  const input = h('input', { type: 'text', id, value, autocomplete: 'off', spellcheck: 'false' });
  const form = h('form', { class: 'field', method: 'dialog' }, h('label', { for: id, text: label }), input);
  let submit;
  form.addEventListener('submit', e => {
    e.preventDefault();
    submit.click();
  });
  const promise = openDialog([h('h2', { text: title }), form], [
    { label: t('action.cancel'), class: 'secondary', value: () => null },
    { label: okLabel, value: () => input.value.trim() }], input);
  submit = form.parentElement.querySelector('.actions').lastChild;
  const dot = value.lastIndexOf('.');
  input.setSelectionRange(0, dot > 0 ? dot : value.length);
  const answer = await promise;
  return answer ? answer : null;
}

/** A text area dialog (clipboard fallback): resolves the text or null. */
export async function textDialog(title, hint, okLabel) {
  const id = 'viewer-text-' + Math.random().toString(36).slice(2);
  const area = h('textarea', { id, rows: '6', class: 'viewer-textarea' });
  return openDialog([h('h2', { text: title }), h('label', { for: id, text: hint }), area], [
    { label: t('action.cancel'), class: 'secondary', value: () => null },
    { label: okLabel, value: () => area.value }], area);
}
