// Shared links: the view a link names from the very first paint (with the wasm held back),
// choices made before the wasm arrives carried over, and the link-preview tags as built.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { describe, test } from "node:test";

import {
  DIST,
  LIVE_INPUT,
  PHONE,
  REPO,
  SCREENSHOTS,
  SUB_PATH,
  assertClean,
  chromiumAndDist,
  holdWasm,
  screenshot,
  serveDist,
  typeInto,
  watchedPage,
} from "./harness.mjs";

const env = chromiumAndDist();

/**
 * Records, at every animation frame (just before the browser paints it), what the reader
 * would see of the widget: whether it is visible at all, its language, the selects, the
 * fields, whether each is visible, and the plan table's fees. Also sums layout shifts.
 */
const FRAMES = `(() => {
  const frames = (window.__frames = []);
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  const shown = (element) => !!element && element.checkVisibility({ visibilityProperty: true });
  let last = "";
  const sample = () => {
    const app = document.getElementById("app");
    const widget = app?.querySelector(".widget");
    if (widget && shown(app)) {
      const field = (id) => {
        const input = document.getElementById(id);
        return shown(input) ? input.value : null;
      };
      const frame = {
        live: app.hasAttribute("data-live"),
        lang: widget.lang,
        h1: app.querySelector("h1")?.textContent,
        region: document.getElementById("region")?.value,
        scope: document.getElementById("scope")?.value,
        tax: document.getElementById("tax")?.checked,
        messages: field("messages"),
        budget: field("budget"),
        fees: [...app.querySelectorAll("#plan-table tr[data-plan]")]
          .filter(shown)
          .map((row) => row.querySelector("td")?.textContent),
      };
      const key = JSON.stringify(frame);
      if (key !== last) frames.push(frame);
      last = key;
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
})();`;

const frames = (page) => page.evaluate(() => window.__frames);

/** A phone page on `server` that records its frames (FRAMES), with the wasm held back until
 * `release()`: what the first paint shows, before the live widget. */
async function heldBack(server) {
  const watched = await watchedPage(env.browser, server.origin, PHONE);
  await watched.page.addInitScript(FRAMES);
  return { ...watched, release: await holdWasm(watched.page) };
}
const nextFrames = (page, count = 3) =>
  page.evaluate(
    (count) =>
      new Promise((done) => {
        const step = (n) => (n ? requestAnimationFrame(() => step(n - 1)) : done());
        step(count);
      }),
    count,
  );
const CJK = /[\u4e00-\u9fff]/;

describe("a link's own view from the first paint (wasm held back)", () => {
  test("?lang=en&m=12000&scope=addon: English, the add-on dialog and the typed 12,000 first; never the zh-TW default", async () => {
    const { context, page, problems, release } = await heldBack(env.root);
    await page.goto(`${env.root.url}?lang=en&m=12000&scope=addon`, { waitUntil: "domcontentloaded" });
    await page.locator("#app .widget[lang=en] #messages").waitFor({ state: "visible" });
    await nextFrames(page);
    const painted = await frames(page);
    assert.ok(painted.length > 0, "something was painted");
    for (const frame of painted) {
      assert.equal(frame.live, false, "the wasm has not arrived");
      assert.equal(frame.lang, "en", `every painted frame is English: ${JSON.stringify(frame)}`);
      assert.doesNotMatch(frame.h1, CJK, "no Chinese title painted");
      assert.equal(frame.scope, "addon");
      assert.equal(frame.messages, "12000", "the typed figure is in its field from the first paint");
      assert.equal(frame.budget, "", "the amount waits for the engine: never a wrong one");
      assert.deepEqual(frame.fees, [], "no plan fees painted before they are for 12,000 messages");
    }
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.doesNotMatch(await page.title(), CJK);
    console.log(`screenshot: ${await screenshot(page, "first-paint-en-addon-12000-390x844")}`);
    await page.screenshot({ path: join(SCREENSHOTS, "first-paint-en-addon-12000-390x844-screen.png") });

    release();
    await page.locator(LIVE_INPUT).waitFor();
    await nextFrames(page);
    assert.equal(await page.locator("#messages").inputValue(), "12000");
    assert.match(await page.locator("#budget").inputValue(), /^\d[\d,.]*$/, "the live widget computed the amount");
    assert.match(await page.locator("#result-summary").textContent(), /12,000/);
    assert.equal(await page.evaluate(() => window.__layoutShift), 0, "nothing moves when the results arrive");
    assertClean(assert, problems);
    await context.close();
  });

  test("?region=jp&lang=ja: Japanese, Japan's plans in yen with their fees in the first paint", async () => {
    const { context, page, problems, release } = await heldBack(env.nested);
    await page.goto(`${env.nested.url}?region=jp&lang=ja`, { waitUntil: "domcontentloaded" });
    await page.locator("#plan-table").waitFor({ state: "visible" });
    await nextFrames(page);
    const painted = await frames(page);
    const JAPAN = ["¥0", "¥5,000", "¥15,000"];
    for (const frame of painted) {
      assert.equal(frame.live, false);
      assert.equal(frame.lang, "ja", `every painted frame is Japanese: ${JSON.stringify(frame)}`);
      assert.equal(frame.region, "JP");
      assert.match(frame.h1, /LINE公式アカウント/);
      assert.deepEqual(frame.fees, JAPAN, "Japan's fees, from the first paint");
    }
    const box = await page.locator("#plan-table").boundingBox();
    console.log(`screenshot: ${await screenshot(page, "first-paint-jp-ja-390x844")}`);
    await page.screenshot({ path: join(SCREENSHOTS, "first-paint-jp-ja-390x844-screen.png") });

    release();
    await page.locator(LIVE_INPUT).waitFor();
    await nextFrames(page);
    const live = await frames(page);
    assert.equal(live.at(-1).live, true);
    assert.deepEqual(live.at(-1).fees, JAPAN, "the live table shows the same numbers");
    assert.deepEqual(await page.locator("#plan-table").boundingBox(), box, "and sits where it was");
    assert.equal(await page.evaluate(() => window.__layoutShift), 0, "the swap shifts nothing");
    // Japan's スタンダード for 100,000 messages: ¥15,000 + 50,000 × ¥3 + 20,000 × ¥2.8.
    await typeInto(page, "#messages", "100000");
    await page.waitForFunction(() => document.getElementById("budget").value === "225,000");
    assertClean(assert, problems);
    await context.close();
  });

  test("?b=15000&region=jp&lang=ja: a linked amount; the fields wait for the engine, nothing moves when it answers", async () => {
    const { context, page, problems, release } = await heldBack(env.root);
    await page.goto(`${env.root.url}?b=15000&region=jp&lang=ja`, { waitUntil: "domcontentloaded" });
    await page.locator("#app .widget[lang=ja] #region").waitFor({ state: "visible" });
    await nextFrames(page);
    for (const frame of await frames(page)) {
      assert.equal(frame.lang, "ja");
      assert.equal(frame.region, "JP");
      assert.equal(frame.messages, null, "the computed count is not guessed");
      assert.deepEqual(frame.fees, []);
    }
    release();
    await page.locator(LIVE_INPUT).waitFor();
    await nextFrames(page);
    assert.equal(await page.locator("#budget").inputValue(), "15000");
    assert.match(await page.locator("#messages").inputValue(), /^\d[\d,]*$/);
    assert.equal(await page.evaluate(() => window.__layoutShift), 0);
    assertClean(assert, problems);
    await context.close();
  });

  test("every language × region × scope paints only its own view, in an embed too", async () => {
    const { context, page, problems } = await heldBack(env.root);
    const names = { "zh-TW": /LINE 官方帳號/, en: /^LINE Official Account/, ja: /^LINE公式アカウント/ };
    for (const lang of Object.keys(names)) {
      for (const region of ["tw", "jp"]) {
        for (const scope of ["monthly", "addon"]) {
          const query = `?lang=${lang}&region=${region}&scope=${scope}&embed=1`;
          await page.goto(`${env.root.url}${query}`, { waitUntil: "domcontentloaded" });
          await page.locator("#app .widget #messages").waitFor({ state: "visible" });
          await nextFrames(page, 2);
          const painted = await frames(page);
          assert.ok(painted.length > 0, query);
          for (const frame of painted) {
            assert.equal(frame.lang, { "zh-TW": "zh-Hant-TW", en: "en", ja: "ja" }[lang], query);
            assert.match(frame.h1, names[lang], query);
            assert.equal(frame.region, region.toUpperCase(), query);
            assert.equal(frame.scope, scope, query);
          }
          assert.match(await page.evaluate(() => document.documentElement.className), /\bembed\b/, query);
        }
      }
    }
    assertClean(assert, problems);
    await context.close();
  });

  test("?tax=1&old=1 paints the boxes ticked; the default and a hostile link paint at once, fetching no view", async () => {
    const { context, page, problems } = await heldBack(env.root);
    const views = [];
    page.on("request", (request) => /\/views-/.test(request.url()) && views.push(request.url()));
    await page.goto(`${env.root.url}?tax=1&old=1`, { waitUntil: "domcontentloaded" });
    await page.locator("#tax").waitFor({ state: "visible" });
    await nextFrames(page);
    for (const frame of await frames(page)) assert.equal(frame.tax, true);
    assert.equal(await page.locator("#compare-old").isChecked(), true);
    assert.equal(views.length, 1, "its prerendered view");

    views.length = 0;
    for (const query of ["", "?lang=xx&region=%3Cscript%3E&scope=x&m=abc&tax=2"]) {
      await page.goto(`${env.root.url}${query}`, { waitUntil: "domcontentloaded" });
      await page.locator("#plan-table").waitFor({ state: "visible" });
      await nextFrames(page);
      for (const frame of await frames(page)) assert.equal(frame.lang, "zh-Hant-TW", query);
      assert.equal(await page.locator("#messages").inputValue(), "", query);
    }
    assert.deepEqual(views, [], "the default view is already in the page");
    assertClean(assert, problems);
    await context.close();
  });
});

describe("choices made before the wasm arrives", () => {
  test("selects, checkboxes and the typed number all carry over into the live widget", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    const release = await holdWasm(page);
    await page.goto(env.root.url, { waitUntil: "domcontentloaded" });
    await page.locator("#region").selectOption("JP");
    await page.locator("#lang").selectOption("ja");
    await page.locator("#tax").check();
    await page.locator("#messages").click();
    await page.keyboard.type("100000");
    release();
    await page.locator(LIVE_INPUT).waitFor();
    assert.equal(await page.locator("#region").inputValue(), "JP");
    assert.equal(await page.locator("#lang").inputValue(), "ja");
    assert.match(await page.locator("h1").textContent(), /LINE公式アカウント/);
    assert.equal(await page.locator("#tax").isChecked(), true);
    assert.equal(await page.locator("#messages").inputValue(), "100000");
    // ¥225,000 (スタンダード ¥15,000 + 70,000 × ¥3, Japan's 2026-10 prices) plus 10% 消費税.
    assert.equal(await page.locator("#budget").inputValue(), "247,500");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "messages", "the focus stays");
    await page.waitForURL(/region=jp/);
    assert.match(page.url(), /lang=ja/);
    assert.match(page.url(), /tax=1/);
    assertClean(assert, problems);
    await context.close();
  });

  test("a scope chosen before the wasm arrives is kept, with the focus on its select", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    const release = await holdWasm(page);
    await page.goto(`${env.root.url}?lang=en`, { waitUntil: "domcontentloaded" });
    await page.locator("#app .widget[lang=en] #scope").waitFor({ state: "visible" });
    await page.locator("#scope").selectOption("addon");
    await page.locator("#scope").focus();
    release();
    await page.locator(LIVE_INPUT).waitFor();
    assert.equal(await page.locator("#scope").inputValue(), "addon");
    assert.equal(await page.locator("#lang").inputValue(), "en", "the link's language stays");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "scope");
    assertClean(assert, problems);
    await context.close();
  });
});

describe("link previews", () => {
  /** The preview tags as Chromium's HTML parser reads them from the page. */
  const previewTags = (page) =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('head meta[property^="og:"], head meta[name^="twitter:"]')]
          .filter((meta) => meta.getAttribute("property") !== "og:locale:alternate")
          .map((meta) => [meta.getAttribute("property") ?? meta.getAttribute("name"), meta.content]),
      ),
    );
  /** Width and height from a PNG's IHDR chunk. */
  const pngSize = (bytes) => {
    assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG");
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  };

  test("as built without SITE_URL: title, description, no absolute URL guessed", async () => {
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE);
    await page.goto(env.root.url, { waitUntil: "domcontentloaded" });
    const tags = await previewTags(page);
    console.log(`preview tags: ${JSON.stringify(tags)}`);
    assert.equal(tags["og:title"], "LINE 官方帳號訊息費用計算機");
    assert.match(tags["og:description"], /訊息則數與金額雙向換算/);
    assert.equal(tags["og:type"], "website");
    assert.equal(tags["og:locale"], "zh_TW");
    assert.equal(tags["twitter:card"], "summary");
    assert.equal(tags["og:url"], undefined);
    assert.equal(tags["og:image"], undefined);
    // The card's image is built anyway, ready for a deploy that names its address.
    assert.deepEqual(pngSize(readFileSync(join(DIST, "og-image.png"))), { width: 1200, height: 630 });
    assertClean(assert, problems);
    await context.close();
  });

  test("with SITE_URL: og:url, og:image (1200×630, served as a PNG) and a large-image card", async () => {
    const dir = mkdtempSync(join(tmpdir(), "line-oa-calc-site-"));
    cpSync(DIST, dir, { recursive: true });
    execFileSync("node", [join(REPO, "tests/e2e/site.mjs"), dir], {
      env: { ...process.env, SITE_URL: "https://example.com/tools/line-calc" },
    });
    const server = await serveDist({ root: dir, basePath: "/tools/line-calc/" });
    const { context, page, problems } = await watchedPage(env.browser, server.origin, PHONE);
    await page.goto(server.url, { waitUntil: "domcontentloaded" });
    const tags = await previewTags(page);
    console.log(`preview tags with SITE_URL: ${JSON.stringify(tags, null, 1)}`);
    assert.equal(tags["og:url"], "https://example.com/tools/line-calc/");
    assert.equal(tags["og:image"], "https://example.com/tools/line-calc/og-image.png");
    assert.equal(tags["twitter:image"], tags["og:image"]);
    assert.equal(tags["twitter:card"], "summary_large_image");
    assert.equal(tags["og:image:type"], "image/png");
    // The image the tags name, fetched where that address maps on this host.
    const response = await page.request.get(new URL("og-image.png", server.url).href);
    assert.equal(response.headers()["content-type"], "image/png");
    const size = pngSize(await response.body());
    assert.deepEqual(size, { width: Number(tags["og:image:width"]), height: Number(tags["og:image:height"]) });
    assert.deepEqual(size, { width: 1200, height: 630 });
    assertClean(assert, problems);
    await context.close();
    server.server.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
