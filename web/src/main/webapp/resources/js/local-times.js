// Shows every <time class="local"> in the browser's own time zone and language; the server
// renders UTC as the fallback. data-time-style="medium" adds seconds.
(function () {
  'use strict';
  window.showLocalTimes = function () {
    var lang = document.documentElement.lang || undefined;
    document.querySelectorAll('time.local').forEach(function (t) {
      // No moment (the page leaves out an empty datetime): keep the server's dash; new Date(null) would be 1970.
      var iso = t.getAttribute('datetime');
      var when = new Date(iso);
      if (iso && !isNaN(when)) {
        t.textContent = when.toLocaleString(lang, { dateStyle: 'medium', timeStyle: t.dataset.timeStyle || 'short' });
      }
    });
  };
  document.addEventListener('DOMContentLoaded', window.showLocalTimes);
})();
