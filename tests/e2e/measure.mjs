// Measurements of the release page in Chromium, shared by the bench command (bench.mjs) and
// the budget tests (budgets.test.mjs): cold-load milestones and keystroke-to-screen latency,
// optionally under a cheap-phone profile (CPU slowdown and a slow network, through CDP).
import { PHONE, watchedPage } from "./harness.mjs";

/** The cheap-phone profile: 4x CPU, 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
export const THROTTLED = {
  name: "throttled",
  cpu: 4,
  network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
};
export const UNTHROTTLED = { name: "unthrottled", cpu: 1, network: null };

/**
 * Records, from the page's own clock, when the plan table's numbers are in the DOM and when the
 * live widget (inputs that respond) has replaced the prerendered view; sums layout shifts.
 */
const MILESTONES = `(() => {
  const marks = (window.__milestones = { layoutShift: 0 });
  const check = () => {
    if (!marks.interactive && document.querySelector("#app[data-live] #messages")) marks.interactive = performance.now();
    const fee = document.querySelector('#plan-table tr[data-plan] td');
    if (!marks.tableInDom && fee && /\\d/.test(fee.textContent)) marks.tableInDom = performance.now();
    if (marks.interactive && marks.tableInDom) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  const add = (entries) => {
    for (const entry of entries) if (!entry.hadRecentInput) marks.layoutShift += entry.value;
  };
  const shifts = new PerformanceObserver((list) => add(list.getEntries()));
  shifts.observe({ type: "layout-shift", buffered: true });
  // Every shift up to now, including the ones queued but not yet delivered to the callback.
  window.__takeShifts = () => add(shifts.takeRecords());
})();`;

async function throttle(page, profile) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  if (profile.network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile.network });
  }
  return cdp;
}

/**
 * One cold load (fresh context, empty cache) of the page with `query` (a linked view):
 * milliseconds from navigation start to first contentful paint, to the inputs being
 * interactive, and to the plan table showing numbers.
 */
export async function coldLoad(browser, server, profile, query = "") {
  const { context, page, problems } = await watchedPage(browser, server.origin, PHONE);
  await page.addInitScript(MILESTONES);
  await throttle(page, profile);
  await page.goto(`${server.url}${query}`, { waitUntil: "load" });
  await page.waitForFunction(
    () =>
      window.__milestones?.interactive &&
      window.__milestones?.tableInDom &&
      performance.getEntriesByName("first-contentful-paint").length > 0,
    null,
    { timeout: 60_000 },
  );
  // Wait until the frame after the swap has been painted (the second animation frame starts after
  // it), then take every layout-shift entry the browser has recorded, delivered or not.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const result = await page.evaluate(() => {
    window.__takeShifts();
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
    const marks = window.__milestones;
    return {
      fcp,
      interactive: marks.interactive,
      // Painted no earlier than the first contentful paint, nor before it is in the DOM.
      table: Math.max(marks.tableInDom, fcp),
      layoutShift: marks.layoutShift,
    };
  });
  await context.close();
  return { ...result, problems };
}

/**
 * Keystroke-to-screen latency: from an input event in #messages to the new #budget value (and
 * so the plan table, rendered in the same pass) being in the DOM. Yew renders in microtasks,
 * so the clock stops at the first microtask after which #budget shows the new amount; each
 * keystroke is a count above 高用量's allowance, so every one changes the amount. When Yew's
 * scheduler yields to the browser mid-render, the wait continues across tasks (MessageChannel
 * hops, which have no timer clamp) and the yield counts in the latency.
 * Returns the latencies in milliseconds.
 */
export async function keystrokes(browser, server, profile, count) {
  const { context, page, problems } = await watchedPage(browser, server.origin, PHONE);
  await page.goto(server.url);
  await page.locator("#app[data-live] #messages").waitFor();
  await throttle(page, profile);
  const latencies = await page.evaluate(async (count) => {
    const input = document.getElementById("messages");
    const budget = document.getElementById("budget");
    const hop = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      });
    const out = [];
    for (let i = 0; i < count; i++) {
      const before = budget.value;
      const start = performance.now();
      input.value = String(7000 + i * 13);
      input.dispatchEvent(new InputEvent("input", { bubbles: true }));
      let turns = 0;
      while (budget.value === before) {
        turns += 1;
        if (turns > 5000) throw new Error(`keystroke ${i}: #budget never changed`);
        await (turns <= 50 ? Promise.resolve() : hop());
      }
      out.push(performance.now() - start);
      // Let the browser render and run its own tasks between keystrokes, as between real ones.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return out;
  }, count);
  await context.close();
  return { latencies, problems };
}

export function summarize(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
  return {
    count: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}
