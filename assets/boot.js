// Starts the app under a strict CSP (no inline script): Trunk writes the hashed entry
// paths into #app-entry as JSON, and this external module imports and initialises them.
//
// It also keeps a crash from leaving a frozen page. The release bundle aborts on a panic
// (no unwinding, no panic hook), which surfaces here as a WebAssembly.RuntimeError; the widget
// then swaps itself for its own #crash note (translated, with a reload link).
const status = document.getElementById("boot-status");

// (The view a link names, and an embed's compact layout, are in place before the first paint:
// assets/view.js, in <head>.)

function showCrash() {
  const crash = document.getElementById("crash");
  if (!crash) {
    showBootFailure();
    return;
  }
  crash.parentElement.classList.add("widget--crashed");
  crash.hidden = false;
}

function showBootFailure() {
  const app = document.getElementById("app");
  const note = status ?? document.createElement("p");
  note.className = "boot-status";
  note.setAttribute("role", "alert");
  note.textContent =
    "計算機無法載入，請重新整理頁面。/ The calculator could not load; please reload the page.";
  if (app && !note.isConnected) app.replaceChildren(note);
}

// Inside an iframe, tell the host page how tall the content is whenever that changes, so
// assets/embed.js can size the iframe with no inner scrollbar. The message carries only a
// number, so any parent may read it; the host script checks who sent it.
if (window.parent !== window) {
  let reported = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    window.parent.postMessage({ type: "line-oa-calc:height", height }, "*");
  };
  new ResizeObserver(report).observe(document.documentElement);

  // The host page's script (assets/embed.js) answers with the article's address: the shared link
  // then opens the article in this view (src/browser.rs, link_base). Only from the parent, only
  // an http(s) address of sane length.
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.source !== window.parent) return;
    // The host script arrived late and asks for the height again (it answers with its address).
    if (data?.type === "line-oa-calc:hello") {
      reported = 0;
      report();
    }
    if (data?.type !== "line-oa-calc:host") return;
    if (typeof data.url !== "string" || data.url.length > 2000 || !/^https?:\/\//.test(data.url)) return;
    if (document.documentElement.dataset.hostAddress === data.url) return;
    document.documentElement.dataset.hostAddress = data.url;
    // The live widget draws its shared link again (src/browser.rs, on_host_address).
    window.dispatchEvent(new Event("line-oa-calc:host"));
  });
}

const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
window.addEventListener("error", (event) => isTrap(event.error) && showCrash());
window.addEventListener("unhandledrejection", (event) => isTrap(event.reason) && showCrash());

// Installable and offline (assets/sw.js), for the page people open themselves: not inside an
// iframe (the article's reader did not ask for an app; a sandboxed one has an opaque origin),
// and not where service workers are unavailable. Any refusal is quiet: it is only a nicety.
function registerServiceWorker() {
  if (window.parent !== window || !window.isSecureContext) return;
  try {
    navigator.serviceWorker?.register(new URL("sw.js", document.baseURI)).catch(() => {});
  } catch {
    // A browser that throws on merely asking: no offline copy, nothing else changes.
  }
}

try {
  const entry = JSON.parse(document.getElementById("app-entry").textContent);
  const base = document.baseURI;
  const bindings = await import(new URL(entry.js, base).href);
  await bindings.default({ module_or_path: new URL(entry.wasm, base).href });
} catch (error) {
  showBootFailure();
  throw error;
}
// After the widget is running, so installing never competes with the first load.
registerServiceWorker();
