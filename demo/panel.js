// The demo panel: shows what window.consentgate knows, live, and drives its API.
// Loaded with `defer`, so the bundle in <head> has run and the document is parsed.
// Everything is built with DOM nodes and textContent: config strings never become markup.
(function () {
  'use strict';

  var MAX_LOG = 60;

  function $(name) {
    return document.querySelector('[data-demo="' + name + '"]');
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function setText(name, text) {
    var node = $(name);
    if (node) node.textContent = text;
  }

  function yesNo(value) {
    return value ? 'yes' : 'no';
  }

  /** A "granted" / "denied" badge; the test reads its text. */
  function badge(granted) {
    return el('span', { class: 'badge ' + (granted ? 'badge-on' : 'badge-off'), 'data-demo-field': 'state' }, [
      granted ? 'granted' : 'denied',
    ]);
  }

  var REASONS = {
    necessary: 'necessary: always on',
    choice: 'choice: the visitor decided',
    default: 'default: the regime’s default',
    gpc: 'gpc: Global Privacy Control',
    dnt: 'dnt: Do Not Track',
  };

  function reason(value) {
    return el('span', { class: 'reason', title: REASONS[value] || value, 'data-demo-field': 'reason' }, [value]);
  }

  // --- The event log --------------------------------------------------------------------------

  var logList = $('log');

  function log(kind, text) {
    if (!logList) return;
    var time = new Date().toLocaleTimeString([], { hour12: false });
    logList.prepend(
      el('li', { class: 'log-' + kind }, [
        el('span', { class: 'log-time' }, [time]),
        el('span', { class: 'log-kind' }, [kind]),
        el('span', { class: 'log-text' }, [text]),
      ]),
    );
    while (logList.children.length > MAX_LOG) logList.lastElementChild.remove();
  }

  // --- The query switches -----------------------------------------------------------------------

  var demo = window.consentgateDemo || { applied: {}, ignored: [] };
  var configured = window.consentgateConfig || {};
  var ui = configured.ui || {};
  var switcher = $('switcher');
  if (switcher) {
    // What config.js ended up with, so a switch given as ?region=us-ca selects US-CA.
    var current = {
      regime: configured.regime || 'auto',
      region: configured.region || '',
      dnt: (configured.signals && configured.signals.dnt) || 'honor',
      layout: ui.layout || '',
      position: ui.position || '',
      theme: ui.theme || '',
      lang: ui.language || '',
      reopen: ui.reopen === false ? 'false' : ui.reopen || '',
    };
    Object.keys(current).forEach(function (name) {
      var select = switcher.elements.namedItem(name);
      if (!select || !current[name]) return;
      // A valid switch the list does not offer (?region=US-TX, ?lang=de-AT) is added, so
      // "Apply and reload" keeps it.
      if (!Array.prototype.some.call(select.options, function (o) { return o.value === current[name]; })) {
        select.add(new Option(current[name], current[name]));
      }
      select.value = current[name];
    });
    var block = switcher.elements.namedItem('block');
    if (block) block.checked = ui.block === true;
    // Drop empty values so the address reads ?region=DE rather than ?regime=auto&region=DE&dnt=….
    switcher.addEventListener('submit', function (event) {
      event.preventDefault();
      var next = new URLSearchParams();
      Array.prototype.forEach.call(switcher.elements, function (field) {
        if (field.type === 'checkbox' && !field.checked) return;
        if (field.name && field.value) next.set(field.name, field.value);
      });
      var query = next.toString();
      window.location.search = query ? '?' + query : '';
    });
  }
  var applied = Object.keys(demo.applied).map(function (k) { return k + '=' + demo.applied[k]; });
  setText(
    'switches',
    (applied.length ? 'Switches in use: ' + applied.join(', ') + '.' : 'No switches in use: the page runs its own config.') +
      (demo.ignored.length ? ' Ignored (not a valid value): ' + demo.ignored.join(', ') + '.' : ''),
  );
  // The UI options in use; what is not set is the UI's default.
  setText(
    'ui',
    [
      (ui.layout || 'bar') + (ui.layout === 'modal' && ui.block ? ' (blocking)' : ''),
      ui.layout === 'modal' ? null : ui.position || (ui.layout === 'box' ? 'bottom-right' : 'bottom'),
      'theme ' + (ui.theme || 'auto'),
      'language ' + (ui.language || (document.documentElement.lang || navigator.language) + ' (the page’s)'),
      're-open ' + (ui.reopen === false ? 'never' : ui.reopen || 'auto'),
    ].filter(Boolean).join(' · '),
  );

  // --- The consent manager ----------------------------------------------------------------------

  var api = window.consentgate;
  if (!api || typeof api.state !== 'function') {
    var missing = $('missing');
    if (missing) missing.hidden = false;
    Array.prototype.forEach.call(document.querySelectorAll('.demo-panel button'), function (button) {
      button.disabled = true;
    });
    log('error', 'window.consentgate is not available');
    return;
  }

  setText('version', api.version ? 'v' + api.version : '');

  // --- Room for the banner ----------------------------------------------------------------------
  // The banner is fixed to the bottom (or top) of the viewport. consentgate gives the page scroll
  // padding as tall as the banner (and, below a bottom banner, as much padding-bottom), so the
  // page scrolls clear of it; the sticky panel reads the same numbers to stay clear of it too.
  var panel = document.getElementById('demo-panel');
  var roomPending = false;

  function makeRoom() {
    roomPending = false;
    var style = getComputedStyle(document.documentElement);
    panel.style.setProperty('--banner-top', (parseFloat(style.scrollPaddingTop) || 0) + 'px');
    panel.style.setProperty('--banner-bottom', (parseFloat(style.scrollPaddingBottom) || 0) + 'px');
  }

  /** After consentgate has laid out its banner for this change (its listeners run first). */
  function roomSoon() {
    if (panel && !roomPending) {
      roomPending = true;
      requestAnimationFrame(makeRoom);
    }
  }

  if (panel) {
    // The UI mounts (prepends <consentgate-ui> to <body>) once the page is parsed, or once its
    // language file has loaded; the page's padding follows the banner's height.
    new MutationObserver(roomSoon).observe(document.body, { childList: true });
    if (typeof ResizeObserver === 'function') new ResizeObserver(roomSoon).observe(document.documentElement, { box: 'border-box' });
    window.addEventListener('resize', roomSoon);
    api.on('change', roomSoon);
    api.on('decision', roomSoon);
    roomSoon();
  }

  var config = api.config;
  var categoryBody = $('categories');
  var serviceBody = $('services');
  var choices = $('choices');

  // The tables are built once from the config; render() only updates the cells.
  config.categories.forEach(function (category) {
    var box = el('input', {
      type: 'checkbox',
      name: category.id,
      'aria-label': 'Allow ' + category.label,
    });
    if (category.required) {
      box.checked = true;
      box.disabled = true;
    }
    categoryBody.append(
      el('tr', { 'data-demo-category': category.id }, [
        el('td', {}, [box]),
        el('th', { scope: 'row' }, [category.label, el('code', { class: 'id' }, [category.id])]),
        el('td', { 'data-demo-cell': 'state' }),
        el('td', { 'data-demo-cell': 'reason' }),
      ]),
    );
    category.services.forEach(function (service) {
      serviceBody.append(
        el('tr', { 'data-demo-service': service.id }, [
          el('th', { scope: 'row' }, [
            service.name,
            el('span', { class: 'provider' }, [
              (service.provider ? service.provider + ' · ' : ''),
              el('code', {}, [category.id]),
            ]),
          ]),
          el('td', { 'data-demo-cell': 'state' }),
          el('td', { 'data-demo-cell': 'reason' }),
        ]),
      );
    });
  });

  function fill(row, grant) {
    row.querySelector('[data-demo-cell="state"]').replaceChildren(badge(grant.granted));
    row.querySelector('[data-demo-cell="reason"]').replaceChildren(reason(grant.reason));
  }

  function render(state) {
    setText('regime', state.regime);
    setText('region', state.region === null ? 'unknown (time zone did not tell)' : state.region);
    setText('gpc', state.signals.gpc ? 'on (opt-out of sale and sharing)' : 'off');
    setText('dnt', (state.signals.dnt ? 'on' : 'off') + ' · config: ' + config.dnt);
    setText('needs-decision', yesNo(state.needsDecision));
    setText('persisted', state.persisted ? 'yes' : 'no: cookies are blocked, the choice holds for this page only');

    var errors = $('config-errors');
    if (state.configErrors.length === 0) {
      errors.textContent = 'none';
      errors.classList.remove('is-error');
    } else {
      errors.replaceChildren(el('ul', { class: 'plain' }, state.configErrors.map(function (e) { return el('li', {}, [e]); })));
      errors.classList.add('is-error');
    }

    Object.keys(state.categories).forEach(function (id) {
      var row = categoryBody.querySelector('[data-demo-category="' + CSS.escape(id) + '"]');
      if (!row) return;
      var grant = state.categories[id];
      fill(row, grant);
      row.querySelector('input').checked = grant.granted;
    });
    Object.keys(state.services).forEach(function (id) {
      var row = serviceBody.querySelector('[data-demo-service="' + CSS.escape(id) + '"]');
      if (row) fill(row, state.services[id]);
    });

    setText('record', state.record ? JSON.stringify(state.record, null, 2) : 'none: no decision stored');
    renderStorage();
  }

  // --- Cookies and storage, to watch trackers write and consentgate clean up -------------------

  function renderStorage() {
    var list = $('storage');
    if (!list) return;
    var items = [];
    document.cookie.split(';').forEach(function (pair) {
      var name = pair.split('=')[0].trim();
      if (name) items.push(el('li', {}, [el('span', { class: 'kind' }, ['cookie']), el('code', {}, [name])]));
    });
    try {
      for (var i = 0; i < localStorage.length; i++) {
        items.push(el('li', {}, [el('span', { class: 'kind' }, ['localStorage']), el('code', {}, [localStorage.key(i)])]));
      }
    } catch (e) {
      items.push(el('li', {}, ['localStorage is blocked']));
    }
    list.replaceChildren.apply(list, items.length ? items : [el('li', { class: 'empty' }, ['nothing stored'])]);
  }

  // --- Wiring -----------------------------------------------------------------------------------

  api.on('change', function (event) {
    render(event.state);
    log('change', event.changed.length ? 'flipped: ' + event.changed.join(', ') : 'state changed (no category flipped)');
    // The gate may clean cookies after this listener; look again once it has.
    setTimeout(renderStorage, 50);
  });
  api.on('decision', function (event) {
    // A decision that flips nothing (accepting what was already on) emits no 'change'.
    render(event.state);
    log('decision', 'method: ' + event.method);
  });
  api.on('error', function (event) {
    log('error', event.message);
  });
  document.addEventListener('consentgate:change', function (event) {
    var state = event.detail;
    var granted = Object.keys(state.categories).filter(function (id) { return state.categories[id].granted; });
    log('dom', 'consentgate:change, granted: ' + (granted.join(', ') || 'none'));
  });
  document.addEventListener('demo:vendor', function (event) {
    log('vendor', event.detail.message);
    renderStorage();
  });

  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-demo-action]') : null;
    if (!button) return;
    switch (button.getAttribute('data-demo-action')) {
      case 'accept-all':
        api.acceptAll();
        break;
      case 'reject-all':
        api.rejectAll();
        break;
      case 'show-preferences':
        if (typeof api.showPreferences === 'function') {
          api.showPreferences();
          log('api', 'showPreferences(): the preferences dialog is open');
        } else {
          log('error', 'consentgate.showPreferences is not available in this build');
        }
        break;
      case 'reset':
        api.reset();
        render(api.state());
        log('api', 'reset(): the stored decision is forgotten');
        break;
      case 'refresh-storage':
        renderStorage();
        break;
      case 'clear-log':
        logList.replaceChildren();
        break;
    }
  });

  choices.addEventListener('submit', function (event) {
    event.preventDefault();
    var chosen = {};
    config.categories.forEach(function (category) {
      if (category.required) return;
      chosen[category.id] = choices.elements.namedItem(category.id).checked;
    });
    api.set(chosen, undefined, 'custom');
  });

  var state = api.state();
  render(state);
  log(
    'load',
    'regime ' + state.regime + ', region ' + (state.region || 'unknown') + ', ' +
      (state.needsDecision ? 'a decision is needed' : 'no decision needed') +
      (state.record ? ', record from ' + new Date(state.record.updated).toLocaleString() : ''),
  );
})();
