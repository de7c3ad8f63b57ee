// The linked view from the first paint. A classic script in <head>: it runs before the body is
// parsed, so nothing is painted before it decides what may be.
//
// index.html holds the default view (zh-TW, Taiwan, monthly), rendered at build time. A link or
// an embed that names another view (?lang=en, ?region=jp, ?scope=addon, ?tax=1, ?old=1) must
// never paint that default: the widget stays hidden (html.view-pending, see style.css) until the
// named view, prerendered by the build as its own fragment (src/bin/prerender.rs), is in its
// place. A typed figure (?m= / ?b=) is computed only by the engine in the wasm: until the live
// widget has it, only what does not depend on it shows (html[data-figure]), the figure itself
// in its field. If the fragment cannot be had, the widget stays hidden until the live one
// (which reads the same URL) replaces it: still never another view.
//
// The keys are read as src/share.rs reads them; the build writes which languages, regions and
// scopes exist into <meta name="line-oa-calc-views"> (the fragments' folder first).
(() => {
  const root = document.documentElement;
  const query = new URLSearchParams(location.search);
  // Longer values are not anything a person typed: ignored, as in share.rs.
  const value = (key) => {
    const text = query.get(key);
    return text !== null && [...text].length <= 40 ? text : null;
  };

  // An embed wants its compact layout from the first paint (the widget sets the same classes
  // again once live, see src/browser.rs).
  if (value("embed") === "1") {
    root.classList.add("embed");
    if (value("bg") === "transparent") root.classList.add("transparent");
    // The prerendered view has everything open (the page's); an embed shows the core only until
    // the reader opens the rest (src/components/more.rs), unless its URL says more=1.
    if (value("more") !== "1") root.classList.add("less");
  }
  // Colours (style.css): an embed is light unless it asks for the reader's setting or dark.
  if (["auto", "light", "dark"].includes(value("theme"))) root.dataset.theme = value("theme");

  const meta = document.querySelector('meta[name="line-oa-calc-views"]');
  if (!meta) return;
  // A link to a picked price schedule (?sched=tw-2019-04): no fragment has those prices, so the
  // widget stays hidden until the live one shows them.
  if (value("sched")) {
    root.classList.add("view-pending");
    return;
  }
  const [folder, langs, regions, scopes] = meta.content.split(" ").map((part, i) => (i ? part.split(",") : part));

  // Lang::from_tag: the primary subtag decides ("en-US", "zh_tw", "ja").
  const langOf = (tag) => {
    const text = (tag ?? "").trim();
    if (text.length < 2 || (text.length > 2 && !"-_".includes(text[2]))) return undefined;
    return langs.find((lang) => lang.slice(0, 2).toLowerCase() === text.slice(0, 2).toLowerCase());
  };
  const lang = langOf(value("lang")) ?? langs[0];
  const regionTag = (value("region") ?? "").trim().toLowerCase();
  const region = regions.includes(regionTag) ? regionTag : regions[0];
  const scope = scopes.includes(value("scope")) ? value("scope") : scopes[0];
  const tax = value("tax") === "1";
  const old = value("old") === "1";
  // A figure as people write it (digits, full-width digits, separators, a currency or unit);
  // the engine decides whether it really reads, the live widget shows what it made of it.
  const figure = (text) =>
    text !== null && /^\s*(NT\$|JP¥|THB|[$¥￥฿])?\s*[0-9０-９][0-9０-９,，.．\s]*(則|通|元|円|บาท)?\s*$/u.test(text);
  const source = figure(value("m")) ? ["messages", value("m")] : figure(value("b")) ? ["budget", value("b")] : null;

  const view = `${lang}-${region}-${scope}${tax ? "-tax" : ""}${old ? "-old" : ""}`;
  if (view === `${langs[0]}-${regions[0]}-${scopes[0]}` && !source) return;

  root.classList.add("view-pending");
  if (source) root.dataset.figure = source[0];
  // Only once #app is complete: the parser must not go on filling it after the swap.
  // `html`: the fragment's markup, or null when the default view stays (a figure only).
  const place = (html) => {
    const app = document.getElementById("app");
    // An empty fragment is none (the service worker's answer offline when it never had it).
    if (!app || app.hasAttribute("data-live") || html === "") return;
    if (html !== null) {
      app.innerHTML = html;
      const widget = app.firstElementChild;
      if (widget?.lang) root.lang = widget.lang;
      const title = app.querySelector("h1")?.textContent;
      if (title) document.title = title;
    }
    if (source) {
      const input = document.getElementById(source[0]);
      // As its markup default: the live widget takes over only what the reader typed
      // themselves (see typed_before_start in src/browser.rs) and reads the figure from the URL.
      if (input) input.defaultValue = source[1].trim();
    }
    root.classList.remove("view-pending");
  };
  // "interactive" comes as soon as the parser is done, before the deferred and module scripts
  // run (DOMContentLoaded would wait for boot.js, and so for the wasm).
  const whenParsed = (then) => {
    if (document.readyState !== "loading") return then();
    document.addEventListener("readystatechange", then, { once: true });
  };
  if (view === `${langs[0]}-${regions[0]}-${scopes[0]}`) {
    whenParsed(() => place(null));
    return;
  }
  // Ahead of the wasm, which is preloaded at the same time: this is what the first paint needs.
  fetch(new URL(`${folder}${view}.html`, document.baseURI), { priority: "high" })
    .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
    .then((html) => whenParsed(() => place(html)))
    // No fragment (offline and never fetched): stay hidden until the live widget replaces it.
    .catch(() => {});
})();
