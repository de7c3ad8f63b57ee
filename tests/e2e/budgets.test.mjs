// Performance budgets the test command enforces: generous enough not to flake on a noisy
// 2-core machine, tight enough to catch a regression. (Sizes: size-report.mjs.)
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { DIST, assertClean, launchBrowser, serveDist } from "./harness.mjs";
import { THROTTLED, UNTHROTTLED, coldLoad, keystrokes, summarize } from "./measure.mjs";

const INTERACTIVE_BUDGET_MS = 1000; // unthrottled, navigation start to usable inputs
const KEYSTROKE_P95_BUDGET_MS = 16; // 4x CPU slowdown: one frame at 60 Hz

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveDist({ root: DIST, compress: true });
});
after(async () => {
  await browser?.close();
  server?.server.close();
});

test(`unthrottled, the inputs are interactive within ${INTERACTIVE_BUDGET_MS} ms (median of 3 cold loads)`, async () => {
  const loads = [];
  for (let i = 0; i < 3; i++) loads.push(await coldLoad(browser, server, UNTHROTTLED));
  loads.forEach((load) => assertClean(assert, load.problems));
  const interactive = summarize(loads.map((l) => l.interactive));
  console.log(`interactive: median ${interactive.median.toFixed(0)} ms`);
  assert.ok(interactive.median <= INTERACTIVE_BUDGET_MS, `median ${interactive.median} ms`);
  // The live widget replaces the prerendered view in place: nothing on the page moves.
  for (const load of loads) assert.equal(load.layoutShift, 0, `layout shift ${load.layoutShift}`);
});

// The better of two runs: a pause of the machine's own (this 2-core VM measured 11-19 ms for
// the same build) can spoil one run's p95, while a slower widget spoils both.
test(`under 4x CPU slowdown, keystroke-to-screen p95 stays within ${KEYSTROKE_P95_BUDGET_MS} ms (200 keystrokes, better of 2 runs)`, async () => {
  const runs = [];
  for (let run = 0; run < 2; run++) {
    const { latencies, problems } = await keystrokes(browser, server, THROTTLED, 200);
    assertClean(assert, problems);
    const stats = summarize(latencies);
    console.log(`keystroke at 4x, run ${run + 1}: median ${stats.median.toFixed(2)} ms, p95 ${stats.p95.toFixed(2)} ms`);
    runs.push(stats.p95);
    if (stats.p95 <= KEYSTROKE_P95_BUDGET_MS) break;
  }
  const best = Math.min(...runs);
  assert.ok(best <= KEYSTROKE_P95_BUDGET_MS, `p95 ${runs.join(" ms, ")} ms`);
});
