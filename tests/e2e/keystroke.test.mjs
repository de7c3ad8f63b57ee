// What a keystroke does to the page: it changes the figures, not the page around them. Each
// display part used to be one markup string, so typing one digit removed and re-added about 134
// elements (the chart's drawing, the plan table, the tier table): a re-parse on every key, a
// lost text selection, a screen reader's cursor moved. Now only what depends on the count is
// replaced (the chart's marker, a badge, the dialog hint), and a keystroke that keeps the
// chart's axis keeps its drawing.
import assert from "node:assert/strict";
import { test } from "node:test";

import { PHONE, assertClean, chromiumAndDist, openWidget, typeInto, watchedPage } from "./harness.mjs";

const env = chromiumAndDist();

/** Counts the elements (with their descendants, each once) added to and removed from #app. */
const WATCH = () => {
  const added = new Set();
  const removed = new Set();
  const each = (node, into) => {
    if (node.nodeType !== 1) return;
    into.add(node);
    for (const child of node.querySelectorAll("*")) into.add(child);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => each(node, added));
      record.removedNodes.forEach((node) => each(node, removed));
    }
  });
  observer.observe(document.getElementById("app"), { childList: true, subtree: true });
  window.churn = () => {
    for (const record of observer.takeRecords()) {
      record.addedNodes.forEach((node) => each(node, added));
      record.removedNodes.forEach((node) => each(node, removed));
    }
    const counts = { added: added.size, removed: removed.size };
    const where = [...added].map((element) => element.id || element.getAttribute("class") || element.localName);
    added.clear();
    removed.clear();
    return { ...counts, where };
  };
};

/** The elements that must survive a keystroke that keeps the axis, tagged so they can be found again. */
const TAG_KEPT = () => {
  const kept = [
    ...document.querySelectorAll("#cost-chart .chart__plan path, #cost-chart .chart__crossover, #chart-facts li"),
    ...document.querySelectorAll("#plan-table tbody tr, #plan-table td, #tier-breakdown tbody tr, #tier-breakdown td"),
  ];
  kept.forEach((element, index) => (element.dataset.kept = String(index)));
  return kept.length;
};
const STILL_KEPT = () => document.querySelectorAll("[data-kept]").length;

test("typing a digit replaces only what depends on the count: the chart's drawing and the tables' rows stay", async () => {
  const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
  await openWidget(page, env.root.url);
  // 7,000 a month: 高用量 with add-on messages, so the tier table is there too.
  await typeInto(page, "#messages", "7000");
  await page.locator("#tier-breakdown tbody tr").first().waitFor();
  const kept = await page.evaluate(TAG_KEPT);
  assert.ok(kept >= 30, `the chart's curves, the table rows and cells are tagged (${kept})`);
  await page.evaluate(WATCH);

  const field = page.locator("#messages");
  for (const digit of "123456789") {
    // The reader replaces the last digit: 7,001 … 7,009, one keystroke each; the axis stays.
    await field.press("End");
    await field.press("Shift+ArrowLeft");
    await field.press(digit);
    await assert.doesNotReject(
      page.waitForFunction((count) => document.querySelector("#chart-marker")?.dataset.messages === count, `700${digit}`),
    );
    const { added, removed, where } = await page.evaluate(() => window.churn());
    // 134 elements each way before; now the marker (3), the dialog hint (3) and the copy status (1).
    assert.ok(added <= 12, `700${digit}: ${added} elements added (${where.join(", ")})`);
    assert.ok(removed <= 12, `700${digit}: ${removed} elements removed`);
    assert.equal(await page.evaluate(STILL_KEPT), kept, `700${digit}: the chart's drawing and the table rows are the same elements`);
  }
  // The figures did follow: the plan table's total for 7,009 is there.
  assert.equal(await field.inputValue(), "7009");
  assert.match(await page.locator("#plan-table tr[data-plan=high]").innerText(), /1,601\.8/);

  // A count past the axis redraws the chart: its drawing answers the new axis.
  await field.press("End");
  await field.press("0");
  await page.waitForFunction(() => document.querySelector("#chart-marker")?.dataset.messages === "70090");
  assert.equal(
    await page.evaluate(() => document.querySelectorAll("#cost-chart svg [data-kept]").length),
    0,
    "a new axis draws the chart's panel anew",
  );
  assertClean(assert, problems);
  await context.close();
});
