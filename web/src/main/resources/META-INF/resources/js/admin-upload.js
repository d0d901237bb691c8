// Progressive enhancement of the admin upload form: the form works without it. It warns before sending
// files the server would refuse for their number or size, and shows the request is under way.
(function () {
  var form = document.getElementById('upload-form');
  if (!form) { return; }
  var files = document.getElementById('files');
  var warning = document.getElementById('files-client-error');
  var maxFiles = parseInt(form.dataset.maxFiles, 10);
  var maxBytes = parseInt(form.dataset.maxFileMb, 10) * 1024 * 1024;
  var maxRequest = parseInt(form.dataset.maxRequestBytes, 10);
  var text = document.getElementById('text');
  function tooMuch() {
    if (!files.files) { return false; }
    if (files.files.length > maxFiles) { return true; }
    var total = text.value.length * 2;
    for (var i = 0; i < files.files.length; i++) {
      if (files.files[i].size > maxBytes) { return true; }
      total += files.files[i].size;
    }
    return total > maxRequest;
  }
  files.addEventListener('change', function () { warning.hidden = !tooMuch(); });
  form.addEventListener('submit', function (event) {
    if (tooMuch()) {
      warning.hidden = false;
      event.preventDefault();
      return;
    }
    var button = document.getElementById('analyse');
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
  });
})();
