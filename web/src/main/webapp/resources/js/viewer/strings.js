// Localized strings and formatting for the viewer. The strings come from the JSON block that
// WEB-INF/includes/viewer.xhtml renders from the console's Messages bundles (keys "viewer.*",
// given here without the prefix); numbers and dates follow the page's language.

let table = {};

/** Reads the strings blocks once, into one table; a missing or broken block leaves its keys visible instead. */
export function loadStrings(...elements) {
  table = {};
  for (const element of elements) {
    try {
      Object.assign(table, JSON.parse(element ? element.textContent : '{}'));
    } catch (e) {
      // its keys stay visible
    }
  }
}

/** The string for key with {0}, {1}... replaced by the arguments. */
export function t(key, ...args) {
  const text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
  return text.replace(/\{(\d+)\}/g, (all, n) => (args[n] === undefined ? all : String(args[n])));
}

export function hasString(key) {
  return Object.prototype.hasOwnProperty.call(table, key);
}

function language() {
  return document.documentElement.lang || undefined;
}

/** A number in the page's language. */
export function number(value, digits = 0) {
  return new Intl.NumberFormat(language(), { maximumFractionDigits: digits }).format(value);
}

/** 1536 → "1.5 KB" (units from the bundle: "o, Ko, Mo" in French). */
export function bytes(value) {
  if (typeof value !== 'number' || !isFinite(value) || value < 0) {
    return '';
  }
  const units = t('unit.bytes').split(',');
  let unit = 0;
  let scaled = value;
  while (scaled >= 1024 && unit < units.length - 1) {
    scaled /= 1024;
    unit++;
  }
  return number(scaled, unit === 0 ? 0 : scaled < 10 ? 1 : 0) + '\u00a0' + units[unit].trim();
}

export function percent(part, whole) {
  if (!whole) {
    return 0;
  }
  return Math.max(0, Math.min(100, Math.round(part * 100 / whole)));
}

/** An ISO instant as a date and time in the browser's zone and the page's language. */
export function dateTime(iso) {
  const when = new Date(iso);
  return isNaN(when) ? '' : when.toLocaleString(language(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A time of day (chat). */
export function time(when) {
  const date = when instanceof Date ? when : new Date(when);
  return isNaN(date) ? '' : date.toLocaleTimeString(language(), { timeStyle: 'short' });
}

/** Seconds as "3 d 4 h 12 min". */
export function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds || 0));
  const days = Math.floor(s / 86400);
  const hours = Math.floor(s % 86400 / 3600);
  const minutes = Math.floor(s % 3600 / 60);
  return days > 0 ? t('duration.days', days, hours, minutes) : t('duration.hours', hours, minutes);
}

let names = null;

/**
 * Locale-aware comparison for sorting names. Made at the first comparison, in the page's
 * language, so that loading this module needs no page (the unit tests load it in Node).
 */
export const collator = {
  compare(a, b) {
    names = names || new Intl.Collator(language(), { numeric: true, sensitivity: 'base' });
    return names.compare(a, b);
  }
};
