// The cost chart at agency volumes: every crossover's count readable, every plan's line
// distinguishable, from a clinic's 4,500 to an agency's 10,000,000 messages a month.
import assert from "node:assert/strict";
import { test } from "node:test";

import { PHONE, SCREENSHOTS, assertClean, chromiumAndDist, openWidget, typeInto, watchedPage } from "./harness.mjs";

const env = chromiumAndDist();

/** Per panel: its crossover labels' boxes and counts, and each plan line's drawn width. */
const PANELS = `[...document.querySelectorAll("#cost-chart svg")].map((svg) => {
  const box = svg.getBoundingClientRect();
  return {
    box: { left: box.left, right: box.right },
    ticks: [...svg.querySelectorAll(".chart__grid text")].map((text) => ({ text: text.textContent, left: text.getBoundingClientRect().left })),
    labels: [...svg.querySelectorAll(".chart__crossover text")].map((text) => {
      const r = text.getBoundingClientRect();
      return { text: text.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
    lines: [...svg.querySelectorAll("path[data-plan]")].map((path) => ({
      plan: path.dataset.plan,
      width: path.getBoundingClientRect().width,
      height: path.getBoundingClientRect().height,
    })),
  };
})`;

const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const [viewport, counts] of [
  [PHONE, ["4,500", "80,000", "10,000,000"]],
  [{ viewport: { width: 1280, height: 800 } }, ["80,000", "10,000,000"]],
]) {
  const width = viewport.viewport.width;
  for (const count of counts) {
    test(`${width} px, ${count} a month: every crossover labelled once and readable, every plan's line visible`, async () => {
      const { context, page, problems } = await watchedPage(env.browser, env.root.origin, viewport);
      await openWidget(page, env.root.url);
      await typeInto(page, "#messages", count);
      await page.locator("#cost-chart").scrollIntoViewIfNeeded();
      const crossovers = await page.locator("#cost-chart svg").first().locator(".chart__crossover")
        .evaluateAll((groups) => groups.map((g) => Number(g.dataset.messages).toLocaleString("en")));
      assert.deepEqual(crossovers, ["201", "3,001"]);
      const panels = await page.evaluate(PANELS);
      const labels = panels.flatMap((panel) => panel.labels.map((label) => label.text));
      assert.deepEqual([...labels].sort(), [...crossovers].sort(), "each crossover's count is printed exactly once");
      for (const panel of panels) {
        for (const tick of panel.ticks) assert.ok(tick.left >= panel.box.left - 1, `the amount ${tick.text} is cut off`);
        for (const [i, a] of panel.labels.entries()) {
          assert.ok(a.left >= panel.box.left - 1 && a.right <= panel.box.right + 1, `${a.text} inside its panel`);
          for (const b of panel.labels.slice(i + 1)) assert.ok(!overlap(a, b), `${a.text} and ${b.text} overlap`);
        }
      }
      // Every plan's line is at least a few pixels long in some panel (not a dot at the origin).
      for (const plan of ["light", "medium", "high"]) {
        const longest = Math.max(...panels.flatMap((p) => p.lines.filter((l) => l.plan === plan).map((l) => Math.hypot(l.width, l.height))));
        assert.ok(longest >= 5, `${plan}'s line is ${longest.toFixed(1)} px at most`);
      }
      if (width === 1280 && count !== "4,500") {
        const card = await page.locator("#cost-chart").boundingBox();
        const used = panels.reduce((sum, panel) => sum + (panel.box.right - panel.box.left), 0);
        assert.ok(used >= card.width * 0.8, `the panels use ${used} of the card's ${card.width} px`);
      }
      await page.locator("#cost-chart").screenshot({ path: `${SCREENSHOTS}/chart-${width}-${count.replaceAll(",", "")}.png` });
      assertClean(assert, problems);
      await context.close();
    });
  }
}
