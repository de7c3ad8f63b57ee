// Accessibility, measured: axe-core (tests/e2e/node_modules) over the live widget at 390 px,
// light and dark, in each language and scope (with a figure, so the results, the dialog hint
// and the tier breakdown are on the page too), and over the prerendered first paint.
//
// How axe gets into the page: its source is evaluated through the DevTools protocol
// (page.evaluate with the source text), which the page's Content-Security-Policy does not
// govern, so the page keeps its strict CSP (no bypassCSP) and a script tag is never needed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, describe, test } from "node:test";

import { DIST, LIVE_INPUT, PHONE, assertClean, launchBrowser, serveDist, watchedPage } from "./harness.mjs";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveDist({ root: DIST });
});
after(async () => {
  await browser?.close();
  server?.server.close();
});

/** Every axe violation on the page, one line each: rule, impact, where. */
async function violations(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"], rules: {} }),
  );
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")} — ${node.failureSummary?.split("\n")[1]?.trim() ?? violation.help}`),
  );
}

for (const colorScheme of ["light", "dark"]) {
  describe(`axe-core, 390 px, ${colorScheme}`, () => {
    for (const lang of ["zh-TW", "en", "ja"]) {
      for (const scope of ["monthly", "addon"]) {
        test(`${lang}, ${scope}: no violations`, async () => {
          const { context, page, problems } = await watchedPage(browser, server.origin, { ...PHONE, colorScheme });
          await page.goto(`${server.url}?lang=${lang}&scope=${scope}&m=12000&old=1`);
          await page.locator(LIVE_INPUT).waitFor();
          // The cards below the fold render when scrolled near (content-visibility): bring
          // each into view so axe checks what a reader scrolling down gets.
          await page.evaluate(async () => {
            for (const card of document.querySelectorAll(".card")) {
              card.scrollIntoView();
              await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            }
            window.scrollTo(0, 0);
          });
          assert.deepEqual(await violations(page), []);
          assertClean(assert, problems);
          await context.close();
        });
      }
    }
    test("the prerendered first paint (before the wasm), Japan: no violations", async () => {
      const { context, page, problems } = await watchedPage(browser, server.origin, { ...PHONE, colorScheme });
      await page.route("**/*.wasm", () => {}); // never answered: the page as it is before the wasm
      await page.goto(`${server.url}?region=jp&lang=ja`, { waitUntil: "domcontentloaded" });
      await page.locator("#plan-table").waitFor({ state: "visible" });
      assert.deepEqual(await violations(page), []);
      assertClean(assert, problems);
      await context.close();
    });
  });
}
