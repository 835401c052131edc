/*
 * Font-size toolbar ("Tăng cỡ chữ / Giảm cỡ chữ / Mặc định", Circular 26/2020/TT-BTTTT).
 *
 * Loaded in <head> (CSP script-src 'self': no inline script anywhere). It applies the remembered
 * size to the root element at once, before the body is painted, so pages never flash at the default
 * size; every size in portal.css is in rem, so the whole page scales. After DOMContentLoaded it
 * wires the buttons marked data-font-size="increase|decrease|reset" and announces each change in
 * the element marked data-font-size-status, whose data-template holds the sentence with {0}.
 */
(function () {
  'use strict';

  var KEY = 'ocop.fontSize';
  var DEFAULT = 100;
  var MIN = 80;
  var MAX = 160;
  var STEP = 10;

  function clamp(size) {
    return Math.min(MAX, Math.max(MIN, Math.round(size / STEP) * STEP));
  }

  function remembered() {
    try {
      var stored = parseInt(window.localStorage.getItem(KEY), 10);
      return isNaN(stored) ? DEFAULT : clamp(stored);
    } catch (storageUnavailable) {
      return DEFAULT;
    }
  }

  function remember(size) {
    try {
      if (size === DEFAULT) {
        window.localStorage.removeItem(KEY);
      } else {
        window.localStorage.setItem(KEY, String(size));
      }
    } catch (storageUnavailable) {
      // Private browsing may refuse storage: the size still applies to this page.
    }
  }

  function apply(size) {
    document.documentElement.style.fontSize = size === DEFAULT ? '' : size + '%';
  }

  var current = remembered();
  apply(current);

  function updateButtons() {
    var buttons = document.querySelectorAll('[data-font-size]');
    Array.prototype.forEach.call(buttons, function (button) {
      var action = button.getAttribute('data-font-size');
      if (action === 'increase') {
        button.setAttribute('aria-disabled', String(current >= MAX));
      } else if (action === 'decrease') {
        button.setAttribute('aria-disabled', String(current <= MIN));
      } else if (action === 'reset') {
        button.setAttribute('aria-pressed', String(current === DEFAULT));
      }
    });
  }

  function announce() {
    var statuses = document.querySelectorAll('[data-font-size-status]');
    Array.prototype.forEach.call(statuses, function (status) {
      var template = status.getAttribute('data-template') || '{0}%';
      status.textContent = template.replace('{0}', String(current));
    });
  }

  function change(action) {
    var next = current;
    if (action === 'increase') {
      next = clamp(current + STEP);
    } else if (action === 'decrease') {
      next = clamp(current - STEP);
    } else if (action === 'reset') {
      next = DEFAULT;
    }
    current = next;
    apply(current);
    remember(current);
    updateButtons();
    announce();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var buttons = document.querySelectorAll('[data-font-size]');
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function (event) {
        event.preventDefault();
        if (button.getAttribute('aria-disabled') === 'true') {
          return;
        }
        change(button.getAttribute('data-font-size'));
      });
    });
    updateButtons();
  });

  // Another tab changed the size: follow it.
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) {
      current = remembered();
      apply(current);
      updateButtons();
    }
  });
}());
