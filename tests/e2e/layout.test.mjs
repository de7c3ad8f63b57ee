// Where things are on a reader's screen: the answer beside the field being typed in (with the
// on-screen keyboard up), tables and fields that fit their cards at every width, the embed's
// colours, and how tall an embed is.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { assertClean, chromiumAndDist, openWidget, screenshot, watchedPage } from "./harness.mjs";

const env = chromiumAndDist();
const LANGS = ["zh-TW", "en", "ja"];

/** A 390 px phone with the on-screen keyboard up: about 45% of its 844 px screen is keyboard. */
const PHONE_WITH_KEYBOARD = { viewport: { width: 390, height: 464 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** The element's box in the viewport, and whether all of it is on screen. */
async function onScreen(page, selector) {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), visible: box.top >= 0 && box.bottom <= innerHeight };
  });
}

describe("the answer is where the eye is", () => {
  for (const scope of ["monthly", "addon"]) {
    for (const lang of LANGS) {
      for (const [field, text] of [
        ["#messages", "12000"],
        ["#budget", "2400"],
      ]) {
        test(`390x464 (keyboard up), ${scope}, ${lang}: typing in ${field} shows #result-summary too`, async () => {
          const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE_WITH_KEYBOARD);
          await openWidget(page, `${env.root.url}?lang=${lang}&scope=${scope}`);
          // What Chromium on a phone does when the keyboard would cover the focused field: it
          // scrolls the field to the middle of what is left of the screen.
          await page.locator(field).evaluate((input) => input.scrollIntoView({ block: "center" }));
          await page.locator(field).tap();
          await page.keyboard.type(text);
          await page.locator("#result-summary").filter({ hasText: /\d/ }).waitFor();
          const typed = await onScreen(page, field);
          const answer = await onScreen(page, "#result-summary");
          assert.ok(typed.visible, `the field stays on screen: ${JSON.stringify(typed)}`);
          assert.ok(answer.visible, `the answer is on screen while typing: ${JSON.stringify(answer)}, field ${JSON.stringify(typed)}`);
          assertClean(assert, problems);
          await context.close();
        });
      }
    }
  }

  for (const lang of LANGS) {
    test(`390x844, ${lang}: the estimator is one tap away from the first screen`, async () => {
      const { context, page, problems } = await watchedPage(env.browser, env.root.origin, {
        viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
      });
      await openWidget(page, `${env.root.url}?lang=${lang}`);
      const link = page.locator('a[href="#estimator"]');
      assert.ok((await onScreen(page, 'a[href="#estimator"]')).visible, "the link is on the first screen");
      await link.tap();
      await page.waitForFunction(() => {
        const box = document.getElementById("friends").getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      assertClean(assert, problems);
      await context.close();
    });
  }
});
