/*
 * Progress bar of an import job (templates/importing/job.html). CSP script-src 'self': no inline
 * script. The <progress> element carries data-import-poll with the job's JSON address
 * (/api/v1/imports/{id}); this script asks it every second and moves the bar and the status line
 * (role="status", read out by screen readers). When the job has finished it reloads the page,
 * which then shows the summary or the problems. Without JavaScript the page offers a reload link.
 */
(function () {
  'use strict';

  var INTERVAL = 1000;
  var RETRY = 5000;

  function start() {
    var bar = document.querySelector('progress[data-import-poll]');
    if (!bar || !window.fetch) {
      return;
    }
    var url = bar.getAttribute('data-import-poll');
    var status = document.querySelector('[data-import-status]');

    function poll() {
      window.fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (job) {
          bar.value = job.progressPercent;
          bar.textContent = job.progressPercent + '%';
          if (status && job.progressText) {
            status.textContent = job.progressText;
          }
          if (job.finished) {
            window.location.reload();
          } else {
            window.setTimeout(poll, INTERVAL);
          }
        })
        .catch(function () {
          window.setTimeout(poll, RETRY);
        });
    }

    window.setTimeout(poll, INTERVAL);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
