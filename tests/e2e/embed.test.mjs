// The widget as a blogger embeds it, and as a reader shares it: the demo article on another
// origin sizes the iframe to the content; a link restores the view; hostile parameters do no
// harm; the page keeps converting with the network gone.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { eventually } from "./eventually.mjs";
import {
  DIST,
  LIVE_INPUT,
  PHONE,
  assertClean,
  launchBrowser,
  openWidget,
  screenshot,
  serveArticle,
  serveDist,
  typeInto,
  watchedPage,
} from "./harness.mjs";

const DESKTOP = { viewport: { width: 1280, height: 800 } };
let browser;
let widget;
const servers = [];

before(async () => {
  browser = await launchBrowser();
  widget = await serveDist({ root: DIST, basePath: "/tools/line-calc/" });
});

after(async () => {
  await browser?.close();
  widget?.server.close();
  for (const server of servers) server.close();
});

/** The iframe's height on the host page, and the height of the content inside it. */
async function heights(page) {
  const iframe = await page.locator("iframe[data-line-oa-calc]").boundingBox();
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const inside = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrollable: document.documentElement.scrollHeight > window.innerHeight + 1,
  }));
  return { iframe: Math.round(iframe.height), ...inside };
}

async function fitsContent(page) {
  return eventually(async () => {
    const h = await heights(page);
    return Math.abs(h.iframe - h.content) <= 1 && !h.scrollable ? h : null;
  }, "the iframe to fit its content");
}

async function openArticle(device, options = {}) {
  const article = await serveArticle({ widgetUrl: widget.url, ...options });
  servers.push(article.server);
  const watched = await watchedPage(browser, [article.origin, widget.origin], device);
  await watched.page.goto(article.url);
  const frame = watched.page.frameLocator("iframe[data-line-oa-calc]");
  await frame.locator(LIVE_INPUT).waitFor();
  return { ...watched, article, frame };
}

describe("the demo article", () => {
  for (const [name, device] of [
    ["390x844", PHONE],
    ["1280x800", DESKTOP],
  ]) {
    test(`${name}: the iframe grows to its content and follows it`, async () => {
      const { context, page, problems, article, frame } = await openArticle(device);
      const first = await fitsContent(page);
      assert.notEqual(first.iframe, 900, "the host script replaced the fallback height");

      // Content grows: a result, then an error message under the field.
      await frame.locator("#messages").fill("12000");
      const withResult = await fitsContent(page);
      assert.ok(withResult.iframe > first.iframe, "taller with the plan table's result");
      // An error instead of the result (issue 21: no figure beside it), then the result again.
      await frame.locator("#messages").fill("12000x");
      await frame.locator("#messages-error").waitFor();
      const withError = await fitsContent(page);
      assert.notEqual(withError.iframe, withResult.iframe, "follows the error, with no result beside it");
      await frame.locator("#messages").fill("12000");
      await frame.locator("#result-summary", { hasText: "12,000" }).waitFor();
      assert.equal((await fitsContent(page)).iframe, withResult.iframe, "and back");

      await frame.locator("#lang").selectOption("en");
      await eventually(
        async () => (await frame.locator("h1").textContent()).startsWith("LINE Official"),
        "English",
      );
      await fitsContent(page);
      console.log(`screenshot: ${await screenshot(page, `article-${name}`)}`);
      assertClean(assert, problems);
      await context.close();
    });
  }

  test('inside sandbox="allow-scripts" (no storage, no same-origin) it still works fully', async () => {
    const { context, page, problems, article, frame } = await openArticle(PHONE, {
      iframeAttributes: 'sandbox="allow-scripts"',
      allow: "",
    });
    await frame.locator("#messages").fill("12000");
    assert.equal(await frame.locator("#budget").inputValue(), "2,600");
    await fitsContent(page);
    // No clipboard rights (no allow="clipboard-write"): the link's text is selected to copy by
    // hand, and the line says so in a warning's colours, not a success's green.
    await frame.locator("#copy-link").click();
    const refusal = frame.locator(".share__status", { hasText: "自行複製" });
    await refusal.waitFor();
    const green = await frame.locator("#copy-link").evaluate((button) => getComputedStyle(button).color);
    assert.notEqual(await refusal.evaluate((line) => getComputedStyle(line).color), green, "a refusal does not read as a success");
    const link = await frame.locator("#share-url").inputValue();
    assert.equal(link, `${article.url}#line-oa-calc?m=12,000`, "a link to the article with the view (the host script gave its address; the count written with separators once left)");
    const selected = await frame.locator("#share-url").evaluate(
      (input) => input.value.slice(input.selectionStart, input.selectionEnd),
    );
    assert.equal(selected, link);
    assertClean(assert, problems);
    await context.close();
  });

  test("copy link in the README's snippet: the article's address with the view, and it opens that view", async () => {
    const { context, page, problems, article, frame } = await openArticle(PHONE);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: article.origin });
    await frame.locator("#messages").fill("12000");
    await frame.locator("#copy-link").click();
    const success = frame.locator(".share__status", { hasText: "已複製" });
    await success.waitFor();
    const green = await frame.locator("#copy-link").evaluate((button) => getComputedStyle(button).color);
    assert.equal(await success.evaluate((line) => getComputedStyle(line).color), green);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, `${article.url}#line-oa-calc?m=12,000`, "the count written with separators once left");
    assert.equal(await frame.locator("#share-url").inputValue(), link, "the field shows what was copied");
    // The reader who opens it lands on the article, with the calculator in that view.
    await page.goto("about:blank");
    await page.goto(link);
    const reopened = page.frameLocator("iframe[data-line-oa-calc]");
    // embed.js (async) may find the calculator already loading its own address: it then loads
    // again with the view.
    await eventually(
      async () => (await reopened.locator(LIVE_INPUT).inputValue({ timeout: 1000 }).catch(() => "")) === "12,000",
      "the calculator in the linked view",
      10000,
    ).catch(async (error) => {
      const src = await page.locator("iframe[data-line-oa-calc]").getAttribute("src");
      const inner = page.frames().map((f) => f.url());
      throw new Error(`${error.message}: iframe src ${src}, frames ${inner.join(" ")}`);
    });
    assert.equal(await reopened.locator("#budget").inputValue(), "2,600");
    assertClean(assert, problems);
    await context.close();
  });

  // Issue 21, point 8: opened fresh, untouched, the share field and copy link gave the widget's own
  // …/?m=12000 (5 runs of 5); only an edit or a reload made them the article's.
  test("an article link opened in a fresh browser: the share field is the article's address from the first load, 5 of 5", async () => {
    for (let run = 1; run <= 5; run += 1) {
      const article = await serveArticle({ widgetUrl: widget.url });
      servers.push(article.server);
      const { context, page, problems } = await watchedPage(browser, [article.origin, widget.origin], PHONE);
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: article.origin });
      await page.goto(`${article.url}#line-oa-calc?m=12000`);
      const frame = page.frameLocator("iframe[data-line-oa-calc]");
      const expected = `${article.url}#line-oa-calc?m=12000`;
      const shown = () => frame.locator("#share-url").inputValue({ timeout: 1000 }).catch(() => "");
      await eventually(async () => (await shown()) === expected, `run ${run}: the article's address in the share field`, 10000).catch(
        async (error) => {
          throw new Error(`${error.message}: it shows ${await shown()}`);
        },
      );
      await frame.locator("#copy-link").click();
      await frame.locator(".share__status", { hasText: "已複製" }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected, `run ${run}: copied`);
      assertClean(assert, problems);
      await context.close();
    }
  });

  for (const lang of ["en", "ja"]) {
    test(`390 px with a typed count, ${lang}: the core only, at most 1,400 px tall`, async () => {
      const { context, page, problems, frame } = await openArticle(PHONE, { query: `&lang=${lang}` });
      await frame.locator("#messages").fill("12000");
      const closed = await fitsContent(page);
      console.log(`embed height at 390 px with a typed count, ${lang}: ${closed.iframe} px`);
      assert.ok(closed.iframe <= 1400, `at most 1,400 px tall: ${closed.iframe}`);
      assert.equal(await frame.locator("#estimator").isVisible(), false);
      assertClean(assert, problems);
      await context.close();
    });
  }

  test("390 px with a typed count: the core only, at most 1,400 px tall, the rest opens in place", async () => {
    const { context, page, problems, frame } = await openArticle(PHONE);
    await frame.locator("#messages").fill("12000");
    const closed = await fitsContent(page);
    console.log(`embed height at 390 px with a typed count: ${closed.iframe} px`);
    assert.ok(closed.iframe <= 1400, `at most 1,400 px tall: ${closed.iframe}`);
    for (const core of ["#messages", "#budget", "#result-summary", "#plan-table"]) {
      assert.ok(await frame.locator(core).isVisible(), `${core} is shown`);
    }
    const REST = ["#estimator", "#cost-chart", "#tier-breakdown", ".notes"];
    for (const part of REST) assert.equal(await frame.locator(part).isVisible(), false, `${part} waits`);
    await frame.locator("details.more > summary").click();
    for (const part of REST) assert.ok(await frame.locator(part).isVisible(), `${part} opened in place`);
    const opened = await fitsContent(page);
    assert.ok(opened.iframe > closed.iframe, "the iframe grew with it");
    // Nothing remembered outside the URL: the next visit starts with the core again.
    await page.reload();
    await frame.locator(LIVE_INPUT).waitFor();
    assert.equal(await frame.locator("#estimator").isVisible(), false);
    console.log(`screenshot: ${await screenshot(page, "layout-embed-390-core")}`);
    assertClean(assert, problems);
    await context.close();
  });

  test("more=1: an embed that shows everything from the start", async () => {
    const { context, page, problems, frame } = await openArticle(PHONE, { query: "&more=1&m=12000" });
    for (const part of ["#estimator", "#cost-chart", "#tier-breakdown", ".notes"]) {
      assert.ok(await frame.locator(part).isVisible(), `${part} is shown`);
    }
    await fitsContent(page);
    assertClean(assert, problems);
    await context.close();
  });

  test("embed options: compact layout and a transparent background", async () => {
    const { context, problems, article, frame } = await openArticle(PHONE, {
      query: "&bg=transparent&lang=en&scope=addon",
    });
    const look = await frame.locator("html").evaluate((html) => ({
      classes: html.className,
      background: getComputedStyle(html).backgroundColor,
      subtitle: getComputedStyle(document.querySelector(".masthead__subtitle")).display,
    }));
    assert.match(look.classes, /\bembed\b/);
    assert.equal(look.background, "rgba(0, 0, 0, 0)");
    assert.equal(look.subtitle, "none", "no page chrome in the embed");
    assert.equal(await frame.locator("#scope").inputValue(), "addon");
    assert.equal(await frame.locator("label[for=messages]").textContent(), "Add-on message cap");
    assertClean(assert, problems);
    await context.close();
  });
});

describe("links and hostile input", () => {
  test("a view survives a reload through its URL, without adding history entries", async () => {
    const { context, page, problems } = await watchedPage(browser, widget.origin, PHONE);
    await openWidget(page, widget.url);
    const historyLength = await page.evaluate(() => history.length);
    await page.selectOption("#scope", "addon");
    await page.locator("#tax").check();
    await typeInto(page, "#budget", "2,100");
    assert.equal(await page.locator("#messages").inputValue(), "10,000");
    // The address follows once typing pauses.
    await page.waitForURL(/\?b=2,100&scope=addon&tax=1$/);
    assert.equal(await page.evaluate(() => history.length), historyLength);

    await page.reload();
    await page.locator(LIVE_INPUT).waitFor();
    assert.equal(await page.locator("#budget").inputValue(), "2,100");
    assert.equal(await page.locator("#messages").inputValue(), "10,000");
    assert.equal(await page.locator("#scope").inputValue(), "addon");
    assert.equal(await page.locator("#tax").isChecked(), true);

    // The copy control puts the same link on the clipboard where the browser allows it.
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: widget.origin });
    await page.locator("#copy-link").click();
    await page.locator(".share__status", { hasText: "已複製" }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    assertClean(assert, problems);
    await context.close();
  });

  test("hostile parameters leave the page intact", async () => {
    const { context, page, problems } = await watchedPage(browser, widget.origin, PHONE);
    const hostile =
      "?m=%3Cscript%3Ealert(1)%3C%2Fscript%3E&b=9".padEnd(60, "9") +
      "&scope=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=%22%3E%3Csvg%3E&tax=true&zz=1";
    page.on("dialog", () => assert.fail("a dialog opened"));
    await openWidget(page, `${widget.url}${hostile}`);
    assert.equal(await page.locator("#messages").inputValue(), "");
    assert.equal(await page.locator("#budget").inputValue(), "");
    assert.equal(await page.locator("#scope").inputValue(), "monthly");
    assert.equal(await page.locator("#lang").inputValue(), "zh-TW");
    assert.equal(await page.locator("img, svg:not([class])").count(), 0, "nothing injected");
    assert.equal(await page.locator("#app script, script:not([type]):not([src=\"view.js\"])").count(), 0);
    await typeInto(page, "#messages", "12000");
    assert.equal(await page.locator("#budget").inputValue(), "2,600");
    assertClean(assert, problems);
    await context.close();
  });

  test("with the network cut after loading, typing still converts", async () => {
    const { context, page, problems } = await watchedPage(browser, widget.origin, PHONE);
    await openWidget(page, widget.url);
    const attempted = [];
    await page.route("**/*", (route) => {
      // Chromium re-reads the tab icon when the address changes; that alone may be tried.
      if (!route.request().url().includes("/favicon-")) attempted.push(route.request().url());
      return route.abort();
    });
    await typeInto(page, "#messages", "30000");
    // 高用量: NT$1,400 + 24,000 × NT$0.2.
    assert.equal(await page.locator("#budget").inputValue(), "6,200");
    await page.selectOption("#lang", "en");
    await page.locator("#compare-old").check();
    assert.equal(await page.locator("#old-plan-table tr").count() > 0, true);
    assert.deepEqual(attempted, [], "nothing is fetched after the first load");
    // The aborted tab-icon reloads are the only thing the console may report here.
    problems.consoleErrors = problems.consoleErrors.filter(
      (message) => message !== "Failed to load resource: net::ERR_FAILED",
    );
    assertClean(assert, problems);
    await context.close();
  });
});

describe("the embed's colours inside a light article", () => {
  /** The widget's page background and card colour, as computed inside the iframe. */
  const colours = (frame) =>
    frame.locator("html").evaluate((html) => ({
      page: getComputedStyle(html).backgroundColor,
      card: getComputedStyle(document.querySelector(".card")).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
  const LIGHT_CARD = "rgb(255, 255, 255)";
  const DARK_CARD = "rgb(27, 33, 30)";

  for (const [reader, query, expected] of [
    ["dark", "", LIGHT_CARD],
    ["dark", "&theme=auto", DARK_CARD],
    ["light", "&theme=auto", LIGHT_CARD],
    ["light", "&theme=dark", DARK_CARD],
  ]) {
    test(`reader in ${reader} mode, ${query || "no theme key"}: cards are ${expected === LIGHT_CARD ? "light" : "dark"}`, async () => {
      const { context, problems, frame } = await openArticle({ ...PHONE, colorScheme: reader }, { query });
      assert.equal((await colours(frame)).card, expected);
      assertClean(assert, problems);
      await context.close();
    });
  }

  for (const theme of ["", "&theme=auto", "&theme=dark"]) {
    test(`bg=transparent${theme}, reader in dark mode: the article shows through the widget's background`, async () => {
      const { context, page, problems, frame } = await openArticle(
        { ...PHONE, colorScheme: "dark" },
        { query: `&bg=transparent${theme}` },
      );
      await fitsContent(page);
      // A strip of the widget's own padding, beside the cards: with the iframe shown and with it
      // hidden it must look the same (no backdrop painted behind a transparent page).
      await page.locator("iframe[data-line-oa-calc]").evaluate((iframe) => iframe.scrollIntoView());
      const box = await page.locator("iframe[data-line-oa-calc]").boundingBox();
      const clip = { x: box.x, y: box.y + 200, width: 3, height: 100 };
      const shown = await page.screenshot({ clip });
      await page.locator("iframe[data-line-oa-calc]").evaluate((iframe) => (iframe.style.visibility = "hidden"));
      const hidden = await page.screenshot({ clip });
      assert.ok(shown.equals(hidden), "the widget's background is transparent");
      assertClean(assert, problems);
      await context.close();
    });
  }
});
