// The month planner as a reader uses it: the done-when figures of issues 13 and 20, the link that
// carries the planner's fields (plan, used, cap, date) and restores them, bad input kept and flagged,
// and how it looks at 390 px (zh-TW, light and dark), at 320 px (English) and inside an embed's
// disclosure. The page's clock is set to 2026-12-01 (TEST_DATE) unless a test names a date.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { eventually } from "./eventually.mjs";
import {
  PHONE,
  SCREENSHOTS,
  SMALL_PHONE,
  assertClean,
  chromiumAndDist,
  openWidget,
  typeInto,
  watchedPage,
} from "./harness.mjs";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const env = chromiumAndDist();

/** The planner card alone, as a reader sees it. */
async function shootPlanner(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.locator("#planner").screenshot({ path });
  return path;
}

async function result(page) {
  return page.locator("#planner-result").evaluate((el) => ({
    projected: el.dataset.projected,
    runsOut: el.dataset.runsOut,
    schedule: el.dataset.schedule,
    text: el.textContent,
  }));
}

/** The card fits its width: nothing sticks out sideways. */
async function fitsWidth(page) {
  return page.locator("#planner").evaluate((card) => card.scrollWidth <= card.clientWidth + 1);
}

describe("the month planner", () => {
  for (const [scheme, name] of [
    ["light", "planner-390-zh-TW-light"],
    ["dark", "planner-390-zh-TW-dark"],
  ]) {
    test(`390 px, zh-TW, ${scheme}: 中用量 at 2,220 on 2026-08-16 runs out on the 21st; 高用量 is the cheapest way`, async () => {
      const { context, page, problems } = await watchedPage(env.browser, env.root.origin, { ...PHONE, colorScheme: scheme });
      await openWidget(page, `${env.root.url}?plan=medium&used=2,220&date=2026-08-16`);
      const shown = await result(page);
      assert.equal(shown.projected, "4588");
      assert.equal(shown.runsOut, "2026-08-21");
      assert.equal(shown.schedule, "tw-2023-09");
      const cheapest = await page.locator("#planner-result [data-cheapest]").textContent();
      assert.match(cheapest, /高用量/);
      assert.match(cheapest, /NT\$1,200/);
      assert.match(shown.text, /少發 1,588 則/);
      assert.ok(await fitsWidth(page), "the card fits 390 px");
      console.log(`screenshot: ${await shootPlanner(page, name)}`);
      assertClean(assert, problems);
      await context.close();
    });
  }

  test("the same count on 2026-11-16 is priced on the 2026-11 schedule", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    await openWidget(page, `${env.root.url}?used=2220&date=2026-11-16`);
    const shown = await result(page);
    assert.equal(shown.projected, "4440");
    assert.equal(shown.runsOut, "2026-11-21");
    assert.equal(shown.schedule, "tw-2026-11");
    assert.match(await page.locator("#planner-result [data-cheapest]").textContent(), /NT\$1,400/);
    assertClean(assert, problems);
    await context.close();
  });

  test("320 px, English: typed in by hand, the fields go into the address and a reload restores them", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, SMALL_PHONE);
    await openWidget(page, `${env.root.url}?lang=en`);
    assert.equal(await page.locator("#planner-date").getAttribute("type"), "date");
    assert.equal(await page.locator("#planner-date").inputValue(), "2026-12-01", "the reader's today");
    await page.locator("#planner-plan").selectOption("high");
    await page.locator("#planner-date").fill("2026-11-16");
    await typeInto(page, "#planner-used", "5,000");
    await typeInto(page, "#planner-cap", "1000");
    await page.locator("#planner-cap").blur();
    const query = await eventually(async () => {
      const search = new URL(page.url()).searchParams;
      return search.get("cap") === "1000" ? search : null;
    }, "the address to carry the planner");
    assert.equal(query.get("plan"), "high");
    assert.equal(query.get("used"), "5,000");
    assert.equal(query.get("date"), "2026-11-16");
    let shown = await result(page);
    assert.equal(shown.projected, "10000");
    assert.equal(shown.runsOut, "2026-11-18");
    assert.match(shown.text, /The add-on cap of 1,000 runs out around 2026-11-21/);
    assert.ok(await fitsWidth(page), "the card fits 320 px");
    console.log(`screenshot: ${await shootPlanner(page, "planner-320-en")}`);

    // Whoever opens the link, on another day, sees the same month.
    const link = page.url();
    const other = await watchedPage(env.browser, env.root.origin, { ...SMALL_PHONE, today: "2026-12-20" });
    await openWidget(other.page, link);
    assert.equal(await other.page.locator("#planner-plan").inputValue(), "high");
    assert.equal(await other.page.locator("#planner-used").inputValue(), "5,000");
    assert.equal(await other.page.locator("#planner-cap").inputValue(), "1000");
    assert.equal(await other.page.locator("#planner-date").inputValue(), "2026-11-16");
    shown = await result(other.page);
    assert.equal(shown.projected, "10000");
    assertClean(assert, other.problems);
    await other.context.close();
    assertClean(assert, problems);
    await context.close();
  });

  test("bad input: held back while a number is being typed, then an inline message; the text is kept", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    await openWidget(page, `${env.root.url}?date=2026-08-16`);
    await typeInto(page, "#planner-used", "2,2");
    assert.equal(await page.locator("#planner-used").getAttribute("aria-invalid"), null, "a number on its way is no error");
    assert.equal((await result(page)).projected, "", "and no projection for the 2 it was a moment ago");
    await typeInto(page, "#planner-used", "22o0");
    await page.locator("#planner-used").blur();
    await page.locator("#planner-used-error").waitFor();
    assert.equal(await page.locator("#planner-used").getAttribute("aria-invalid"), "true");
    assert.match(await page.locator("#planner-used-error").textContent(), /「o」/);
    assert.equal(await page.locator("#planner-used").inputValue(), "22o0", "nothing typed is lost");
    assert.equal((await result(page)).projected, "", "no projection from an unreadable count");
    assert.equal(new URL(page.url()).searchParams.get("used"), null, "an unreadable count is not shared");
    // More than 中用量 can send in a month.
    await typeInto(page, "#planner-used", "3,500");
    await eventually(async () => /3,000/.test(await page.locator("#planner-used-error").textContent()), "the plan's limit");
    // Fixed: the message goes, the projection comes.
    await typeInto(page, "#planner-used", "2,220");
    await eventually(async () => (await result(page)).projected === "4588", "the projection");
    assert.equal(await page.locator("#planner-used").getAttribute("aria-invalid"), null);
    assertClean(assert, problems);
    await context.close();
  });

  test("a link with a hostile or malformed planner is ignored, and the 1st of the month says why there is no projection", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    await openWidget(page, `${env.root.url}?lang=en&plan=%3Cb%3E&used=-5&cap=x&date=2026-02-30`);
    assert.equal(await page.locator("#planner-used").inputValue(), "");
    assert.equal(await page.locator("#planner-date").inputValue(), "2026-12-01");
    await typeInto(page, "#planner-used", "120");
    await eventually(async () => /It is the 1st/.test((await result(page)).text), "the 1st's note");
    assert.equal((await result(page)).projected, "");
    assertClean(assert, problems);
    await context.close();
  });

  test("in an embed the planner is behind the disclosure; opened, it works in place", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    await openWidget(page, `${env.root.url}?embed=1&used=2220&date=2026-08-16`);
    assert.equal(await page.locator("details.more #planner").count(), 1, "inside the disclosure");
    assert.equal(await page.locator("#planner").isVisible(), false, "closed by default");
    await page.locator(".more__summary").click();
    await page.locator("#planner").waitFor({ state: "visible" });
    assert.equal((await result(page)).runsOut, "2026-08-21");
    assert.ok(await fitsWidth(page));
    await page.locator("#planner").evaluate((card) => card.scrollIntoView({ block: "start" }));
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, "planner-embed-390-open.png");
    await page.screenshot({ path });
    console.log(`screenshot: ${path}`);
    assertClean(assert, problems);
    await context.close();
  });
});
