// Every console page: buttons that only pages without script need (class "nojs") are hidden,
// and choosing a language applies it at once (the hidden "Apply" button submits the choice).
(function () {
  'use strict';
  document.querySelectorAll('.nojs').forEach(function (button) { button.hidden = true; });

  var language = document.getElementById('language-form:language');
  if (language) {
    language.addEventListener('change', function () {
      var apply = document.getElementById('language-form:apply');
      if (language.form.requestSubmit) {
        language.form.requestSubmit(apply);
      } else {
        apply.click();
      }
    });
  }
})();
