/*
 * The article page's print button (Decree 42/2022: every article can be printed). Loaded as a file
 * (CSP script-src 'self'); the print stylesheet in news.css decides what the paper shows.
 */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var buttons = document.querySelectorAll('[data-news-print]');
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function () {
        window.print();
      });
    });
  });
}());
