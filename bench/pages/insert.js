// Site code that fills a feed late: appends `count` nodes one by one (divs, spans and images
// without src, in turn), the pattern a CMP's MutationObserver or patched DOM methods must keep
// up with. Resolves to { script, layout }:
// - script: from the first append until every MutationObserver has handled the batch. Ours is
//   created last (after the CMP's, which start with the page), and observers are notified in
//   creation order, so its callback runs after theirs; one more microtask lets anything their
//   callbacks queued run first.
// - layout: the same plus the style and layout of the new nodes, forced right after, so a
//   CMP stylesheet that makes styling the page dearer shows up too.
// Ending at the next task instead would be at the mercy of the browser slipping a frame
// (style, layout and paint of 10,000 nodes) in before that task, or not.
window.__benchInsert = function (count) {
  var feed = document.getElementById('feed');
  return new Promise(function (resolve) {
    var start;
    var last = new MutationObserver(function () {
      last.disconnect();
      queueMicrotask(function () {
        var script = performance.now() - start;
        void feed.offsetHeight;
        resolve({ script: script, layout: performance.now() - start });
      });
    });
    last.observe(document, { childList: true, subtree: true });
    start = performance.now();
    for (var i = 0; i < count; i++) {
      var kind = i % 3;
      var node = document.createElement(kind === 0 ? 'div' : kind === 1 ? 'span' : 'img');
      if (kind === 2) node.alt = '';
      else node.textContent = String(i % 10);
      feed.appendChild(node);
    }
  });
};
