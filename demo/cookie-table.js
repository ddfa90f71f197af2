// Builds the privacy page's cookie tables from the configuration consentgate is running with,
// so the declaration visitors read is the one that gates the scripts. DOM nodes and textContent
// only: config strings never become markup.
(function () {
  'use strict';

  var root = document.querySelector('[data-demo="cookie-tables"]');
  var api = window.consentgate;
  if (!root || !api || !api.config) return;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  /** `/^_ga_/` reads as `_ga_…`; other patterns are shown as written. */
  function nameOf(name) {
    if (!(name instanceof RegExp)) return String(name);
    var prefix = /^\^([\w-]+)$/.exec(name.source);
    return prefix ? prefix[1] + '…' : '/' + name.source + '/';
  }

  /** Only http(s) and site paths become links (validation already refuses other schemes). */
  function safeHref(url) {
    try {
      var parsed = new URL(url, document.baseURI);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function render() {
    root.replaceChildren();
    api.config.categories.forEach(function (category) {
      var rows = category.services.map(function (service) {
        var items = service.cookies.map(function (cookie) {
          var details = [cookie.expiry, cookie.domain ? 'on ' + cookie.domain : null, cookie.description]
            .filter(Boolean)
            .join(' · ');
          return el('li', {}, [el('code', {}, [nameOf(cookie.name)]), details ? ' ' + details : null]);
        });
        service.storageKeys.forEach(function (key) {
          items.push(el('li', {}, [el('code', {}, [nameOf(key)]), ' local storage']));
        });
        var href = service.privacyPolicyUrl && safeHref(service.privacyPolicyUrl);
        return el('tr', {}, [
          el('th', { scope: 'row' }, [
            service.name,
            service.provider ? el('span', { class: 'provider' }, [service.provider]) : null,
            href ? el('a', { href: href, rel: 'noopener' }, ['Privacy policy']) : null,
          ]),
          el('td', {}, [service.purpose]),
          el('td', {}, [items.length ? el('ul', { class: 'plain' }, items) : 'None declared']),
        ]);
      });
      var state = api.state().categories[category.id];
      root.append(
        el('section', { class: 'cookie-category', 'data-category': category.id }, [
          el('h3', {}, [category.label + (category.required ? ' (always on)' : '')]),
          el('p', {}, [category.description]),
          state && !category.required ? el('p', { class: 'note' }, ['Currently ' + (state.granted ? 'allowed' : 'off') + '.']) : null,
          rows.length
            ? el('table', { class: 'cookie-table' }, [
                el('thead', {}, [el('tr', {}, [
                  el('th', { scope: 'col' }, ['Service']),
                  el('th', { scope: 'col' }, ['Purpose']),
                  el('th', { scope: 'col' }, ['Cookies and storage']),
                ])]),
                el('tbody', {}, rows),
              ])
            : null,
        ]),
      );
    });
  }

  render();
  document.addEventListener('consentgate:change', render);
})();
