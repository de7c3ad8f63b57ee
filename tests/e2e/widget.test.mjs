// What a user does with the release build, in Debian's Chromium, with dist/ served over
// loopback under `script-src 'self' 'wasm-unsafe-eval'`, at phone sizes.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import {
  LIVE_INPUT,
  PHONE,
  SCREENSHOTS,
  SMALL_PHONE,
  DIST,
  SUB_PATH,
  assertClean,
  chromiumAndDist,
  holdWasm,
  openWidget,
  pasteInto,
  screenshot,
  typeInto,
  watchedPage,
} from "./harness.mjs";

const env = chromiumAndDist();

const value = (page, selector) => page.locator(selector).inputValue();
const recommendedPlan = (page) =>
  page.locator('#plan-table tr[data-recommended="true"]').getAttribute("data-plan");

describe("loading", () => {
  for (const [name, server] of [
    ["at the host's root", () => env.root],
    [`under the sub-path ${SUB_PATH}`, () => env.nested],
  ]) {
    test(`renders ${name} under the strict CSP with no error and no foreign request`, async () => {
      const { origin, url } = server();
      const { context, page, problems } = await watchedPage(env.browser, origin, PHONE);
      const failed = [];
      page.on("response", (response) => response.status() >= 400 && failed.push(response.url()));
      await openWidget(page, url);
      assert.equal(await page.locator("h1").textContent(), "LINE 官方帳號訊息費用計算機");
      assert.equal(await page.locator("#boot-status").count(), 0, "the loading note is replaced");
      assert.deepEqual(failed, [], "no 404 (favicon, css, wasm, boot.js)");
      assertClean(assert, problems);
      await context.close();
    });
  }

  test("a wrong base path is a 404, so relative asset URLs are really what makes the sub-path work", async () => {
    const response = await fetch(`${env.nested.origin}/index.html`);
    assert.equal(response.status, 404);
  });
});

// The conversions themselves are asserted natively (tests/calculator.rs, tests/prices_2026_11.rs) and
// through the DOM (tests/components.rs), and typed with each engine's keyboard (tests/webdriver): what
// stays here is what needs Playwright's Chromium (paste, the first paint, layout, throttling).
describe("converting, as LINE's dialog does", () => {
  let context;
  let page;
  let problems;

  before(async () => {
    ({ context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE));
    await openWidget(page, env.root.url);
  });
  after(async () => {
    assertClean(assert, problems);
    await context.close();
  });

  test("a message count gives the monthly bill on the cheapest plan", async () => {
    await typeInto(page, "#messages", "12000");
    // 高用量: NT$1,400 with 6,000 included, 6,000 add-on at NT$0.2 = NT$2,600.
    assert.equal(await value(page, "#budget"), "2,600");
    assert.equal(await recommendedPlan(page), "high");
    assert.match(await page.locator("#result-summary").textContent(), /12,000/);
    assert.equal(await value(page, "#messages"), "12000", "what the user typed is kept as typed");
  });

  test("a pasted full-width number with a full-width separator is understood", async () => {
    await pasteInto(page, "#messages", "１２，０００");
    assert.equal(await value(page, "#budget"), "2,600");
    assert.equal(await value(page, "#messages"), "１２，０００");
  });

  test("an unreadable entry shows an inline error and no figure for another text", async () => {
    await typeInto(page, "#messages", "3000");
    assert.equal(await value(page, "#budget"), "1,000");
    await typeInto(page, "#messages", "abc");
    const error = page.locator("#messages-error");
    await error.waitFor();
    assert.match(await error.textContent(), /「a」/);
    assert.equal(await value(page, "#budget"), "", "no amount for what abc is not (issue 21)");
    assert.equal(await page.locator("#result-summary").textContent(), "");
    assert.equal(await value(page, "#messages"), "abc", "the user's text stays");
    assert.equal(await page.locator("#messages").getAttribute("aria-invalid"), "true");
    await typeInto(page, "#messages", "6001");
    assert.equal(await page.locator("#messages-error").count(), 0, "the error goes once fixed");
    // One add-on message past 高用量's 6,000: NT$1,400 + NT$0.2, shown to the cent.
    assert.equal(await value(page, "#budget"), "1,400.20");
  });

  test("emptying a field clears the other, without an error", async () => {
    await typeInto(page, "#messages", "");
    assert.equal(await value(page, "#budget"), "");
    assert.equal(await page.locator("#messages-error").count(), 0);
  });

});

test("?lang=en opens in English", async () => {
  const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
  await openWidget(page, `${env.root.url}?lang=en`);
  assert.equal(await page.locator("#lang").inputValue(), "en");
  assert.equal(await page.locator("label[for=messages]").textContent(), "Messages per month");
  assertClean(assert, problems);
  await context.close();
});

describe("phone layout", () => {
  for (const [name, device] of [
    ["390x844", PHONE],
    ["320x568", SMALL_PHONE],
  ]) {
    for (const scheme of ["light", "dark"]) {
      test(`${name} ${scheme}: no sideways scrolling, 16px inputs, 44px targets`, async () => {
        const { context, page, problems } = await watchedPage(env.browser, env.root.origin, {
          ...device,
          colorScheme: scheme,
        });
        await openWidget(page, env.root.url);
        await typeInto(page, "#messages", "12000");
        await page.locator("#compare-old").check();
        const layout = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          inputFont: Math.min(
            ...[...document.querySelectorAll("input[type=text]")].map((e) =>
              parseFloat(getComputedStyle(e).fontSize),
            ),
          ),
          smallTargets: [...document.querySelectorAll("input:not([type=checkbox]), select, summary, .toggle")]
            .filter((e) => e.offsetParent !== null)
            .map((e) => [e.id || e.className || e.tagName, e.getBoundingClientRect().height])
            .filter(([, height]) => height < 44),
        }));
        assert.ok(layout.scrollWidth <= layout.innerWidth, `page is ${layout.scrollWidth}px wide at ${layout.innerWidth}px`);
        assert.ok(layout.inputFont >= 16, `input font ${layout.inputFont}px makes iOS zoom`);
        assert.deepEqual(layout.smallTargets, [], "touch targets under 44px");
        const path = await screenshot(page, `widget-${name}-${scheme}`);
        console.log(`screenshot: ${path}`);
        assertClean(assert, problems);
        await context.close();
      });
    }
  }
});

describe("content before wasm", () => {
  test("the first paint already shows the real default view: title, inputs, plan table with its numbers", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    const release = await holdWasm(page);
    await page.goto(env.root.url, { waitUntil: "domcontentloaded" });
    await page.locator("#plan-table").waitFor({ state: "visible" });
    assert.equal(await page.locator("#app[data-live]").count(), 0, "the wasm has not arrived");
    assert.equal(await page.locator("h1").textContent(), "LINE 官方帳號訊息費用計算機");
    assert.ok(await page.locator("#messages").isVisible());
    const fees = async () =>
      page.locator("#plan-table tr[data-plan]").evaluateAll((rows) =>
        rows.map((row) => [row.dataset.plan, row.querySelector("td").textContent]),
      );
    const prerendered = await fees();
    assert.deepEqual(prerendered, [
      ["light", "NT$0"],
      ["medium", "NT$1,000"],
      ["high", "NT$1,400"],
    ]);
    assert.ok(await page.locator("#unconfirmed-note").isVisible(), "the unconfirmed notice too");
    const box = await page.locator("#plan-table").boundingBox();
    await screenshot(page, "prerendered-390x844");

    release();
    await page.locator(LIVE_INPUT).waitFor();
    assert.deepEqual(await fees(), prerendered, "the live table shows the same numbers");
    assert.deepEqual(await page.locator("#plan-table").boundingBox(), box, "and sits where it was");
    await typeInto(page, "#messages", "12000");
    await page.waitForFunction(() => document.getElementById("budget").value === "2,600");
    assert.equal(await value(page, "#budget"), "2,600");
    assertClean(assert, problems);
    await context.close();
  });

  test("the prerendered page closes every section and list it opens, no more", () => {
    // The display parts are markup pieces: a piece that closed what another opened (or closed it
    // twice) would be dropped silently by the parser, and the parts would nest differently.
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    const app = html.slice(html.indexOf('id="app"'));
    for (const tag of ["section", "ul", "svg", "table", "div"]) {
      const opened = app.match(new RegExp(`<${tag}[\\s>]`, "g"))?.length ?? 0;
      const closed = app.match(new RegExp(`</${tag}>`, "g"))?.length ?? 0;
      assert.equal(closed, opened, `<${tag}>: ${opened} opened, ${closed} closed`);
    }
  });

  test("an embed has its compact layout before the wasm arrives", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    const release = await holdWasm(page);
    await page.goto(`${env.root.url}?embed=1&bg=transparent`, { waitUntil: "domcontentloaded" });
    await page.locator("#plan-table").waitFor();
    const classes = () => page.evaluate(() => document.documentElement.className);
    assert.match(await classes(), /\bembed\b/);
    assert.match(await classes(), /\btransparent\b/);
    release();
    await page.locator(LIVE_INPUT).waitFor();
    assert.match(await classes(), /\bembed\b.*\btransparent\b|\btransparent\b.*\bembed\b/);
    assertClean(assert, problems);
    await context.close();
  });

  test("what a reader types before the wasm arrives is kept, with the focus", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    const release = await holdWasm(page);
    await page.goto(env.root.url, { waitUntil: "domcontentloaded" });
    await page.locator("#messages").click();
    await page.keyboard.type("12000");
    release();
    await page.locator(LIVE_INPUT).waitFor();
    assert.equal(await value(page, "#messages"), "12000");
    assert.equal(await value(page, "#budget"), "2,600");
    assert.equal(await recommendedPlan(page), "high");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "messages");
    // The caret is after what was typed: the next key goes at the end.
    await page.keyboard.type("0");
    assert.equal(await value(page, "#messages"), "120000");
    assertClean(assert, problems);
    await context.close();
  });
});

describe("regions, estimator and chart", () => {
  test("switching region to Japan shows Japan's plans in yen, and the link keeps it", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    await openWidget(page, env.root.url);
    await page.locator("#region").selectOption("JP");
    await typeInto(page, "#messages", "100000");
    // Japan's 2026-10 prices: スタンダード ¥15,000 + 70,000 × ¥3 = ¥225,000.
    assert.equal(await value(page, "#budget"), "225,000");
    assert.equal(await recommendedPlan(page), "standard");
    const plans = await page.locator("#plan-table tr[data-plan]").evaluateAll((rows) =>
      rows.map((row) => [row.dataset.plan, row.querySelector("td").textContent]),
    );
    assert.deepEqual(plans, [
      ["communication", "¥0"],
      ["light", "¥5,000"],
      ["standard", "¥15,000"],
    ]);
    assert.equal(await page.locator(".field__affix", { hasText: "¥" }).count(), 1, "the budget field is in yen");
    await page.locator("#lang").selectOption("ja");
    assert.match(await page.locator("h1").textContent(), /LINE公式アカウント/);
    await page.waitForURL(/region=jp/);
    await page.reload();
    await page.locator(LIVE_INPUT).waitFor();
    assert.equal(await value(page, "#budget"), "225,000", "a reload restores the region");
    assertClean(assert, problems);
    await context.close();
  });

  test("the chart is visible and readable at 320 px, with its crossovers and the reader's count", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, SMALL_PHONE);
    await openWidget(page, env.root.url);
    await typeInto(page, "#messages", "12000");
    const chart = page.locator("#cost-chart svg");
    await chart.scrollIntoViewIfNeeded();
    assert.ok(await chart.isVisible());
    const box = await chart.boundingBox();
    assert.ok(box.width >= 250 && box.x + box.width <= 320, `chart box ${JSON.stringify(box)}`);
    assert.equal(await page.locator("#cost-chart path[data-plan]").count(), 3);
    assert.deepEqual(
      await page.locator("#cost-chart .chart__crossover").evaluateAll((g) => g.map((e) => e.dataset.messages)),
      ["201", "3001"],
    );
    assert.equal(await page.locator("#chart-marker").getAttribute("data-messages"), "12000");
    const smallestText = await page.locator("#cost-chart svg text").evaluateAll((texts) =>
      Math.min(...texts.map((t) => t.getBoundingClientRect().height)),
    );
    assert.ok(smallestText >= 9, `chart text ${smallestText}px tall`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await chart.screenshot({ path: `${SCREENSHOTS}/chart-320x568.png` });
    assertClean(assert, problems);
    await context.close();
  });
});

describe("the prices in force on the reader's date", () => {
  const fees = (page) =>
    page.locator("#plan-table tr[data-plan]").evaluateAll((rows) =>
      rows.map((row) => [row.dataset.plan, row.querySelector("td").textContent]),
    );

  test("on 2026-10-15 the 2023-09 fees apply and the coming change is announced", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, { ...PHONE, today: "2026-10-15" });
    await openWidget(page, env.root.url);
    assert.deepEqual(await fees(page), [
      ["light", "NT$0"],
      ["medium", "NT$800"],
      ["high", "NT$1,200"],
    ]);
    assert.match(await page.locator("#schedule-status").textContent(), /2026-11-01/);
    await typeInto(page, "#messages", "3000");
    assert.equal(await value(page, "#budget"), "800");
    await page.locator("#schedule-status button").click();
    assert.equal(await value(page, "#budget"), "1,000", "the announced prices, on request");
    assert.equal(await page.locator("#schedule").inputValue(), "tw-2026-11");
    assertClean(assert, problems);
    await context.close();
  });

  test("on 2026-11-01 the new fees apply by themselves", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, { ...PHONE, today: "2026-11-01" });
    await openWidget(page, env.root.url);
    assert.deepEqual(await fees(page), [
      ["light", "NT$0"],
      ["medium", "NT$1,000"],
      ["high", "NT$1,400"],
    ]);
    assert.equal(await page.locator("#schedule-status").count(), 0);
    assertClean(assert, problems);
    await context.close();
  });
});

// Issue 14, point 5: typing "12,000" key by key flagged "12,", "12,0" and "12,00" and the error box
// pushed the next field down and back; a note appearing above the field being typed in moved it.
describe("typing moves nothing", () => {
  for (const [name, device] of [
    ["390x844", PHONE],
    ["320x568", SMALL_PHONE],
  ]) {
    for (const lang of ["zh-TW", "en"]) {
      test(`${name} ${lang}: no false error while typing, and neither field moves`, async () => {
        const { context, page, problems } = await watchedPage(env.browser, env.root.origin, device);
        await openWidget(page, `${env.root.url}?lang=${lang}`);
        const top = (selector) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
        const budgetTop = await top("#budget");
        const field = page.locator("#messages");
        await field.click();
        for (const key of "12,000") {
          await field.press(key);
          assert.equal(await page.locator("#messages-error").count(), 0, `no error at ${await field.inputValue()}`);
          assert.equal(await top("#budget"), budgetTop, `the next field stays put at ${await field.inputValue()}`);
        }
        assert.equal(await value(page, "#budget"), "2,600");
        await typeInto(page, "#messages", "");
        const messagesTop = await top("#messages");
        const budget = page.locator("#budget");
        await budget.click();
        for (const key of "2600") {
          await budget.press(key);
          assert.equal(await top("#budget"), budgetTop, `the field typed in stays put at ${await budget.inputValue()}`);
          assert.equal(await top("#messages"), messagesTop);
        }
        assert.equal(await value(page, "#messages"), "12,000");
        await page.locator("#tax").focus();
        assert.equal(await value(page, "#budget"), "2,600", "written with separators once left");
        await typeInto(page, "#messages", "12,00");
        assert.equal(await page.locator("#messages-error").count(), 0);
        await page.locator("#tax").focus();
        await page.locator("#messages-error").waitFor();
        await screenshot(page, `numbers-typing-${name}-${lang}`);
        assertClean(assert, problems);
        await context.close();
      });
    }
  }
});

// Issue 14's points as a reader sees them, at phone sizes, light and dark, in zh-TW and English:
// the inputs card and the summary after a scope switch with tax on (the screenshots are looked at).
describe("fit and finish, as seen", () => {
  for (const [name, device] of [
    ["390x844", PHONE],
    ["320x568", SMALL_PHONE],
  ]) {
    for (const scheme of ["light", "dark"]) {
      for (const lang of ["zh-TW", "en"]) {
        test(`${name} ${scheme} ${lang}: a scope switch carries the month and says so`, async () => {
          const { context, page, problems } = await watchedPage(env.browser, env.root.origin, {
            ...device,
            colorScheme: scheme,
          });
          await openWidget(page, `${env.root.url}?lang=${lang}`);
          await typeInto(page, "#messages", "80000");
          await page.selectOption("#scope", "addon");
          assert.equal(await value(page, "#messages"), "74,000");
          await page.locator("#scope-carried").waitFor();
          mkdirSync(SCREENSHOTS, { recursive: true });
          const shoot = (part, what) =>
            page.locator(`.${part}`).screenshot({ path: `${SCREENSHOTS}/numbers-${what}-${name}-${scheme}-${lang}.png` });
          await shoot("inputs", "scope");
          await page.locator("#tax").check();
          await shoot("inputs", "tax-inputs");
          await shoot("summary", "tax-summary");
          // A budget past 44,000 add-on messages buys a count on an unconfirmed reading: worded as "at least".
          await page.selectOption("#scope", "monthly");
          await typeInto(page, "#budget", "20000");
          assert.match(await page.locator("#result-summary").textContent(), lang === "en" ? /at least/ : /至少可發/);
          await shoot("summary", "budget-summary");
          assertClean(assert, problems);
          await context.close();
        });
      }
    }
  }
});
