// One rule for every field, on the release build as a reader meets it: what is typed and picked in
// the prerendered page before the wasm arrives is kept in every card (the estimator, the planner's
// plan, date and count), with the focus where it was; and each field's value goes into the link.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { LIVE_INPUT, PHONE, assertClean, chromiumAndDist, holdWasm, watchedPage } from "./harness.mjs";

const env = chromiumAndDist();

describe("before the wasm arrives", () => {
  test("the estimator and the planner keep what the reader typed and picked, and the focus", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    const release = await holdWasm(page);
    await page.goto(env.root.url, { waitUntil: "domcontentloaded" });
    await page.locator("#friends").waitFor({ state: "visible" });
    assert.equal(await page.locator("#app[data-live]").count(), 0, "the wasm has not arrived");
    await page.locator("#broadcasts").fill("4");
    await page.locator("#planner-plan").selectOption("high");
    await page.locator("#planner-date").fill("2026-12-16");
    await page.locator("#planner-used").fill("4,000");
    await page.locator("#friends").fill("1,500");
    await page.locator("#friends").focus();

    release();
    await page.locator(LIVE_INPUT).waitFor();
    const values = await page.evaluate(() =>
      ["friends", "broadcasts", "planner-plan", "planner-date", "planner-used", "messages"].map(
        (id) => document.getElementById(id).value,
      ),
    );
    assert.deepEqual(values, ["1,500", "4", "high", "2026-12-16", "4,000", "6,000"]);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "friends", "the focus stays");
    const result = page.locator("#planner-result");
    assert.equal(await result.getAttribute("data-schedule"), "tw-2026-11");
    // 4,000 sent by the 16th (15 days counted) projects 8,267 for December.
    assert.equal(await result.getAttribute("data-projected"), "8267", "projected for the date picked");
    assertClean(assert, problems);
    await context.close();
  });

  test("a number still being typed in the estimator gives no figure and no error until left", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    await page.goto(env.root.url);
    await page.locator(LIVE_INPUT).waitFor();
    await page.locator("#broadcasts").pressSequentially("4");
    await page.locator("#friends").pressSequentially("1,0");
    assert.equal(await page.locator("#messages").inputValue(), "", "not the product of 1");
    assert.equal(await page.locator("#friends-error").count(), 0, "no error while typing");
    await page.locator("#friends").pressSequentially("00");
    await page.waitForFunction(() => document.getElementById("messages").value === "4,000");
    await page.locator("#friends").press("Backspace");
    await page.locator("#broadcasts").click();
    await page.locator("#friends-error").waitFor();
    assert.equal(await page.locator("#messages").inputValue(), "", "the product of 1,00 is none");
    assertClean(assert, problems);
    await context.close();
  });
});
