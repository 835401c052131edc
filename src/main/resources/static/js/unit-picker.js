/*
 * Unit picker: turns [data-unit-picker] (a labelled code input, see templates/units/fragments.html)
 * into an ARIA 1.2 combobox with a listbox of units found by /api/v1/units/search.
 * Keys: Down/Up move, Home/End jump, Enter chooses, Escape closes. Choosing puts the unit's code
 * into the input (what the form submits) and announces the chosen name. Without this script the
 * input stays a plain code field checked by the server.
 */
(function () {
  'use strict';

  var MIN_LETTERS = 2;
  var DELAY_MS = 200;

  function format(template, values) {
    return String(template || '').replace(/\{(\d+)\}/g, function (match, index) {
      return values[Number(index)] === undefined ? match : values[Number(index)];
    });
  }

  function enhance(root) {
    if (root.getAttribute('data-unit-picker-ready')) {
      return;
    }
    root.setAttribute('data-unit-picker-ready', 'true');
    var input = root.querySelector('input[type="text"]');
    var listbox = root.querySelector('[role="listbox"]');
    var status = root.querySelector('[data-unit-picker-status]');
    var chosen = root.querySelector('[data-unit-picker-selected]');
    if (!input || !listbox) {
      return;
    }
    var items = [];
    var active = -1;
    var timer = null;
    var sequence = 0;

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var options = listbox.querySelectorAll('[role="option"]');
      if (!options.length) {
        return;
      }
      active = (index + options.length) % options.length;
      for (var i = 0; i < options.length; i++) {
        options[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
      }
      input.setAttribute('aria-activedescendant', options[active].id);
      if (options[active].scrollIntoView) {
        options[active].scrollIntoView({ block: 'nearest' });
      }
    }

    function choose(index) {
      var item = items[index];
      if (!item) {
        return;
      }
      input.value = item.code;
      if (chosen) {
        chosen.textContent = format(root.getAttribute('data-selected'), [item.name, item.code]);
      }
      close();
      input.focus();
    }

    function render(found) {
      items = found;
      listbox.textContent = '';
      found.forEach(function (item, index) {
        var option = document.createElement('li');
        option.id = listbox.id + '-option-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = item.name + ' (' + item.code + ')' + (item.context ? ' · ' + item.context : '');
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(index);
        });
        listbox.appendChild(option);
      });
      if (status) {
        status.textContent = found.length
          ? format(root.getAttribute('data-status-some'), [found.length])
          : root.getAttribute('data-status-none');
      }
      if (found.length) {
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        active = -1;
      } else {
        close();
      }
    }

    function search() {
      var text = input.value.trim();
      var digits = /^\d+$/.test(text);
      if ((!digits && text.length < MIN_LETTERS) || (digits && text.length < 2)) {
        render([]);
        if (status) {
          status.textContent = '';
        }
        return;
      }
      var url = new URL(root.getAttribute('data-search-url'), window.location.href);
      url.searchParams.set('q', text);
      url.searchParams.set('limit', '10');
      if (root.getAttribute('data-date')) {
        url.searchParams.set('date', root.getAttribute('data-date'));
      }
      var mine = ++sequence;
      window.fetch(url.toString(), {
        headers: { 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'vi' },
        credentials: 'same-origin'
      }).then(function (response) {
        return response.ok ? response.json() : { items: [] };
      }).then(function (body) {
        if (mine === sequence) {
          render(body.items || []);
        }
      }).catch(function () {
        if (mine === sequence) {
          close();
        }
      });
    }

    input.addEventListener('input', function () {
      if (chosen) {
        chosen.textContent = '';
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(search, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      var open = !listbox.hidden;
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (!open && items.length) {
            listbox.hidden = false;
            input.setAttribute('aria-expanded', 'true');
          }
          highlight(active + 1);
          break;
        case 'ArrowUp':
          event.preventDefault();
          highlight(active < 0 ? -1 : active - 1);
          break;
        case 'Home':
          if (open) {
            event.preventDefault();
            highlight(0);
          }
          break;
        case 'End':
          if (open) {
            event.preventDefault();
            highlight(items.length - 1);
          }
          break;
        case 'Enter':
          if (open && active >= 0) {
            event.preventDefault();
            choose(active);
          }
          break;
        case 'Escape':
          if (open) {
            event.preventDefault();
            close();
          }
          break;
        default:
          break;
      }
    });

    input.addEventListener('blur', function () {
      window.setTimeout(close, 150);
    });
  }

  function init() {
    var pickers = document.querySelectorAll('[data-unit-picker]');
    for (var i = 0; i < pickers.length; i++) {
      enhance(pickers[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
