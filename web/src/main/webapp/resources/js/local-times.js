// Shows every <time class="local"> in the browser's own time zone and language; the server
// renders UTC as the fallback. data-time-style="medium" adds seconds.
(function () {
  'use strict';
  window.showLocalTimes = function () {
    var lang = document.documentElement.lang || undefined;
    document.querySelectorAll('time.local').forEach(function (t) {
      var when = new Date(t.getAttribute('datetime'));
      if (!isNaN(when)) {
        t.textContent = when.toLocaleString(lang, { dateStyle: 'medium', timeStyle: t.dataset.timeStyle || 'short' });
      }
    });
  };
  document.addEventListener('DOMContentLoaded', window.showLocalTimes);
})();
