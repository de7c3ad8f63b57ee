// Screenshots of issue 21's changes, looked at by hand: 390 and 320 px, light and dark, zh-TW and English.
import { test } from "node:test";
import { mkdirSync } from "node:fs";

import { PHONE, SCREENSHOTS, SMALL_PHONE, chromiumAndDist, openWidget, typeInto, watchedPage } from "./harness.mjs";

const env = chromiumAndDist();

for (const [size, device] of [["390", PHONE], ["320", SMALL_PHONE]]) {
  for (const scheme of ["light", "dark"]) {
    for (const lang of ["zh-TW", "en"]) {
      test(`issue 21 screenshots ${size} ${scheme} ${lang}`, async () => {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const { context, page } = await watchedPage(env.browser, env.root.origin, { ...device, colorScheme: scheme });
        const shot = (selector, what) =>
          page.locator(selector).first().screenshot({ path: `${SCREENSHOTS}/trust-${what}-${size}-${scheme}-${lang}.png` });
        await openWidget(page, `${env.root.url}?lang=${lang}`);
        // Point 1: 3000 → add-on scope → back: the reader's 3000, and the line saying what the switch did.
        await typeInto(page, "#messages", "3000");
        await page.selectOption("#scope", "addon");
        await page.selectOption("#scope", "monthly");
        await shot(".inputs", "scope-round-trip");
        // Point 2: 2,600 → 2,60 while typing: no answer, no error yet.
        await typeInto(page, "#budget", "2600");
        await page.locator("#tax").focus();
        await typeInto(page, "#budget", "2,60");
        await shot(".inputs", "half-typed");
        // Point 5: old vs new at 12,000.
        await typeInto(page, "#messages", "12000");
        await page.locator("#compare-old").check();
        await shot("#price-change", "old-vs-new");
        await page.locator("#compare-old").uncheck();
        // Point 9: the add-on cap a budget buys, "at least" before the number.
        await page.selectOption("#scope", "addon");
        await typeInto(page, "#budget", "20000");
        await shot(".summary", "addon-at-least");
        await page.selectOption("#scope", "monthly");
        // Point 4: the product too large, said on the estimator's line.
        await typeInto(page, "#friends", "999999999999");
        await typeInto(page, "#broadcasts", "999999");
        await shot("#estimator", "estimate-too-large");
        // Point 6: Thailand at 20,000, a tie.
        await openWidget(page, `${env.root.url}?lang=${lang}&region=th&m=20000`);
        await shot(".summary", "tie-summary");
        await shot("#plan-table", "tie-table");
        await shot("#chart-facts", "tie-chart-facts");
        await context.close();
      });
    }
  }
}
