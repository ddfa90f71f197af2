// Runs inside every bench page before any of its own scripts (context.addInitScript), and
// collects what the page can observe about itself into window.__bench. Must stay
// self-contained: Playwright sends its source text to the browser.
export function probe({ banner }) {
  // `banner` is a CSS selector; `a >>> b` looks for b inside a's open shadow root.
  const bench = {
    fcp: null,
    lcp: null,
    cls: 0,
    layoutShifts: 0,
    longTasks: [],
    bannerSeenAt: null,
    bannerPaint: null,
    clickAt: null,
    pixelAt: null,
  };
  Object.defineProperty(window, '__bench', { value: bench });

  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      // An entry type this Chromium does not know: the figure stays null.
    }
  };
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => {
    bench.lcp = e.startTime;
  });
  // CLS as Chrome defines it for a page that has not been interacted with: shifts right
  // after input are excluded by the browser (hadRecentInput).
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) {
      bench.cls += e.value;
      bench.layoutShifts += 1;
    }
  });
  observe('longtask', (e) => bench.longTasks.push([e.startTime, e.duration]));
  observe('resource', (e) => {
    if (bench.pixelAt === null && new URL(e.name).pathname === '/pixel.gif') bench.pixelAt = e.startTime;
  });
  // The accept click as the page sees it: the first trusted click, caught before any
  // handler of the banner runs (window, capture phase, registered before the CMP loads).
  addEventListener(
    'click',
    (e) => {
      if (e.isTrusted && bench.clickAt === null) bench.clickAt = performance.now();
    },
    true,
  );

  if (!banner) return;
  // Banner paint. The banner is looked for once per frame; rAF callbacks run just before the
  // frame's style, layout and paint, so a banner visible here is drawn in this frame. To learn
  // when that frame reached the screen (the presentation time, as FCP reports it), a 1 px
  // near-transparent marker with an `elementtiming` attribute is added in the same callback:
  // Element Timing reports the marker's renderTime, which is that frame's presentation time.
  observe('element', (e) => {
    if (e.identifier === 'bench-banner' && bench.bannerPaint === null) bench.bannerPaint = e.renderTime || e.loadTime;
  });
  const mark = () => {
    const marker = document.createElement('bench-marker');
    marker.setAttribute('elementtiming', 'bench-banner');
    marker.setAttribute('aria-hidden', 'true');
    marker.textContent = '.';
    marker.style.cssText =
      'position:fixed;left:0;top:0;font:1px/1px monospace;color:rgba(0,0,0,.02);pointer-events:none;contain:strict;width:1px;height:1px';
    document.documentElement.append(marker);
  };
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.top < innerHeight &&
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    );
  };
  const visible = (root) => {
    if (shown(root)) return true;
    // A shadow host may have no box of its own (display: contents): look at what it renders.
    const inner = [...(root.shadowRoot ? root.shadowRoot.children : []), ...root.children];
    return inner.some((el) => el.localName !== 'style' && shown(el));
  };
  // `host >>> inner` steps into an open shadow root, as often as it appears.
  const find = () => {
    let scope = document;
    let el = null;
    for (const part of banner.split('>>>')) {
      el = scope?.querySelector(part.trim()) ?? null;
      if (!el) return null;
      scope = el.shadowRoot;
    }
    return el;
  };
  const deadline = 15000;
  // Where in the frame to look matters twice. The probe's rAF callback was registered before
  // any of the page's, so it runs first in each frame: a banner drawn by a later rAF callback of
  // the same frame would not be there yet, and would read one frame late. And asking for a box
  // in a rAF callback, with the page's style and layout still dirty, makes the browser lay the
  // frame out inside the probe's callback, which the trace then counted as the contender's
  // script time. So the probe looks after every rAF callback has run and the frame is laid out,
  // but before it is painted: ResizeObserver callbacks run exactly there. A 1 px hidden sentinel
  // changes width in each frame's rAF callback so that the observer reports once per frame; a
  // marker added from its callback is still painted in that frame.
  let seen = false;
  const check = () => {
    if (seen) return;
    const el = find();
    if (!el || !visible(el)) return;
    seen = true;
    bench.bannerSeenAt = performance.now();
    mark();
  };
  const sentinel = document.createElement('bench-sentinel');
  sentinel.setAttribute('aria-hidden', 'true');
  sentinel.style.cssText = 'position:fixed;left:0;top:0;height:1px;width:1px;visibility:hidden;pointer-events:none;contain:strict';
  const late = new ResizeObserver(check);
  const poll = () => {
    if (seen) {
      late.disconnect();
      sentinel.remove();
      return;
    }
    if (!sentinel.isConnected && document.documentElement) {
      document.documentElement.append(sentinel);
      late.observe(sentinel);
    }
    sentinel.style.width = sentinel.style.width === '1px' ? '2px' : '1px';
    if (performance.now() < deadline) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
