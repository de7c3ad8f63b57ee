// LINE 官方帳號訊息費用計算機: sizes the calculator's iframes on a host page to their content.
// Paste once, after the iframe(s):  <script src=".../embed.js" async></script>
// Each iframe needs the attribute data-line-oa-calc. No dependency; works with
// sandbox="allow-scripts" too (the widget's origin is then "null", so the check is by window).
//
// It also lets the widget's "copy link" point to this article: it tells each iframe the
// article's address, and a link ending in #line-oa-calc?m=12000 (the view, as the widget's own
// links write it) opens the first calculator in that view. The fragment stays out of the
// article's own query (where ?m= or ?lang= may mean something to the blog).
(() => {
  const MESSAGE = "line-oa-calc:height";
  const VIEW = "#line-oa-calc?";
  // The iframe's own options, which a linked view keeps rather than takes from the link.
  const OPTIONS = ["embed", "bg", "theme"];
  const frames = () => document.querySelectorAll("iframe[data-line-oa-calc]");
  const article = () => `${location.href.split("#")[0]}${VIEW}`;

  // The view a link names, into the first calculator's address (its embed options stay).
  const openLinkedView = () => {
    const frame = frames()[0];
    if (!frame || !location.hash.startsWith(VIEW)) return;
    const view = new URLSearchParams(location.hash.slice(VIEW.length));
    const src = new URL(frame.src, location.href);
    const own = ([key]) => OPTIONS.includes(key);
    src.search = new URLSearchParams([...[...src.searchParams].filter(own), ...[...view].filter((pair) => !own(pair))]);
    let shown = frame;
    if (src.href !== frame.src) {
      // A fresh iframe: Chromium may keep loading the old address of a lazy one whose src changes.
      shown = frame.cloneNode();
      shown.src = src.href;
      frame.replaceWith(shown);
    }
    shown.scrollIntoView();
  };
  openLinkedView();
  window.addEventListener("hashchange", openLinkedView);

  // The address goes with every height reply below, only to a calculator that proved itself.
  // This script may arrive after a calculator sent its first height: ask each to send it again
  // (the question says nothing, so any window may hear it).
  const tell = (frame, origin) =>
    frame.contentWindow?.postMessage({ type: "line-oa-calc:host", url: article() }, origin);
  for (const frame of frames()) frame.contentWindow?.postMessage({ type: "line-oa-calc:hello" }, "*");

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || data.type !== MESSAGE || !Number.isFinite(data.height)) return;
    const height = Math.round(data.height);
    if (height < 50 || height > 20000) return;
    for (const frame of frames()) {
      // Only the iframe that sent it, and only from the origin its src points to.
      if (frame.contentWindow !== event.source) continue;
      const origin = new URL(frame.src, location.href).origin;
      if (event.origin !== origin && event.origin !== "null") return;
      frame.style.height = `${height}px`;
      // A sandboxed widget's origin is "null", which postMessage cannot name.
      tell(frame, event.origin === "null" ? "*" : origin);
      return;
    }
  });
})();
