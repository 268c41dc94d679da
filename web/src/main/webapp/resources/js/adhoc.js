// The Ad Hoc Support page, live: the countdown, "Copy link", the password hint,
// and a poll of /app/status that follows the e-mail and the PC without losing the shown code.
(function () {
  'use strict';
  function countdown() {
    var out = document.getElementById('countdown');
    var expires = document.getElementById('expires-at');
    if (!out || !expires) { return; }
    var left = Math.max(0, new Date(expires.getAttribute('datetime')) - Date.now());
    var hours = Math.floor(left / 3600000);
    var minutes = Math.floor(left % 3600000 / 60000);
    out.textContent = out.dataset.left.replace('{0}', hours).replace('{1}', minutes);
  }

  var copy = document.getElementById('copy-link');
  if (copy) {
    copy.addEventListener('click', function () {
      var field = document.getElementById('deployment-link');
      field.select();
      var done = function () { copy.textContent = copy.dataset.copied; };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
      } else {
        document.execCommand('copy');
        done();
      }
    });
  }

  var password = document.getElementById('adhoc-form:password');
  var strength = document.getElementById('password-strength');
  if (password && strength) {
    password.addEventListener('input', function () {
      strength.textContent = password.value.length > 0 && password.value.length < 8 ? strength.dataset.short : '';
    });
  }

  var state = document.getElementById('session-state');
  // Once a form is on its way (Send, Resend, End), its answer is the next page: a poll that saw
  // the change first must not replace it, or the security code the answer shows would be lost.
  var submitting = false;
  document.addEventListener('submit', function () { submitting = true; });
  function poll() {
    if (submitting) { return; }
    fetch(state.dataset.statusUrl, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) { return; }
        if (submitting) { return; }
        // Facelets leaves out an empty data-id (no session), so a missing one counts as ''.
        if (s.state !== state.dataset.state || String(s.id || '') !== (state.dataset.id || '')) {
          // A pending session that became active (or any other change) shows its new view. A plain
          // GET, never reload(): after the form's POST, reload() would ask to send the form again.
          window.location.replace(window.location.pathname);
          return;
        }
        var sent = document.getElementById('email-sent');
        if (sent && s.emailSentAt && !sent.querySelector('time')) {
          sent.innerHTML = '<time class="local" datetime="' + s.emailSentAt + '"></time>';
          window.showLocalTimes();
        }
        var online = document.getElementById('online');
        if (online && typeof s.online === 'boolean') {
          online.className = 'badge ' + (s.online ? 'online' : 'offline');
          online.textContent = s.online ? online.dataset.online : online.dataset.offline;
        }
      })
      .catch(function () { /* offline for a moment: try again at the next tick */ });
  }

  countdown();
  setInterval(countdown, 30000);
  if (state) { setInterval(poll, 3000); }
})();
