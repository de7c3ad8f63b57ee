// LINE 官方帳號訊息費用計算機: sizes the calculator's iframes on a host page to their content.
// Paste once, after the iframe(s):  <script src=".../embed.js" async></script>
// Each iframe needs the attribute data-line-oa-calc. No dependency; works with
// sandbox="allow-scripts" too (the widget's origin is then "null", so the check is by window).
(() => {
  const MESSAGE = "line-oa-calc:height";
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || data.type !== MESSAGE || !Number.isFinite(data.height)) return;
    const height = Math.round(data.height);
    if (height < 50 || height > 20000) return;
    for (const frame of document.querySelectorAll("iframe[data-line-oa-calc]")) {
      // Only the iframe that sent it, and only from the origin its src points to.
      if (frame.contentWindow !== event.source) continue;
      const origin = new URL(frame.src, location.href).origin;
      if (event.origin !== origin && event.origin !== "null") return;
      frame.style.height = `${height}px`;
      return;
    }
  });
})();
