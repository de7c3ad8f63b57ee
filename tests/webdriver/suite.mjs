// What a reader does with the release widget, in one engine through W3C WebDriver: the same
// suite runs in Chromium, WebKitGTK and Firefox ESR (one *.test.mjs per engine).
//
// dist/ is served by ../e2e/server.mjs under the strict CSP, at the host's root and under a
// sub-path; the demo article by ../e2e/article-server.mjs on another origin. Every test fails
// on a console error (BiDi log, where the driver has BiDi), an uncaught error or a CSP violation
// seen by the page, a request the server answered with an error, or a resource the page
// loaded from anywhere but the allowed origins (the page's own Resource Timing entries).
//
// Figures: Japan's schedule (?region=jp): コミュニケーション ¥0 / 200, ライト ¥5,000 / 5,000,
// スタンダード ¥15,000 / 30,000 + ¥3 per add-on message (the first 50,000 before 2026-10, the first
// 200,000 since: every figure here is inside both),
// 10% 消費税. Taiwan's schedule is checked only through round trips (the amount shown for N
// messages buys exactly N), which hold for any price list.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";

import { By, Key } from "selenium-webdriver";

import { serveArticle } from "../e2e/article-server.mjs";
import { eventually } from "../e2e/eventually.mjs";
import { serveDist } from "../e2e/server.mjs";
import { startEngine } from "./engines.mjs";

const REPO = join(fileURLToPath(import.meta.url), "..", "..", "..");
const DIST = process.env.DIST_DIR ?? join(REPO, "dist");
const SUB_PATH = "/blog/tools/line-calc/";
const LIVE = "#app[data-live] #messages";
const CSP_REPORT_PATH = "/__csp-report";

/**
 * How each engine really orders the events of an IME commit (what the page sees when a
 * Zhuyin or Japanese IME commits its text):
 * - Chromium and Gecko: compositionupdate, input (isComposing: true, insertCompositionText),
 *   compositionend, and no input after it (UI Events; w3c/uievents#202, w3c/input-events#176).
 * - WebKit: compositionend first, then the committing input (isComposing: false,
 *   insertFromComposition), and the keydown of the committing key after both
 *   (webkit.org/b/165004, webkit.org/b/311717; mdn/browser-compat-data#30009).
 */
const COMMIT_ORDER = {
  chromium: ["compositionupdate", "input:composing", "compositionend"],
  firefox: ["compositionupdate", "input:composing", "compositionend"],
  webkit: ["compositionupdate", "compositionend", "input:committed"],
};

/** Records on the page what a test must never see; read by problems(). */
const OBSERVER = `
  if (!window.__wd) {
    const seen = (window.__wd = []);
    addEventListener("error", (e) => seen.push("error: " + e.message), true);
    addEventListener("unhandledrejection", (e) => seen.push("unhandled rejection: " + e.reason));
    document.addEventListener("securitypolicyviolation",
      (e) => seen.push("CSP: " + e.violatedDirective + " " + e.blockedURI), true);
    const error = console.error;
    console.error = (...args) => { seen.push("console.error: " + args.join(" ")); error.apply(console, args); };
  }`;

/** The origins of everything the page loaded (Resource Timing: the page's own record). */
const LOADED_ORIGINS = `
  return [...new Set(performance.getEntriesByType("resource").map((e) => new URL(e.name).origin))]`;

export function defineSuite(name) {
  let engine;
  let driver;
  let root;
  let nested;
  let sandboxHost;
  let article;
  const served = [];
  const servers = [];

  const cspReports = [];
  /**
   * Logs every request with its status (the server's request log), and adds a `report-uri` to
   * the CSP the server sends, so every engine POSTs each violation back to this origin from
   * the page's first byte on (no engine here reports load-time CSP errors to every channel:
   * WebKitGTK has no BiDi, Chromium's BiDi log leaves CSP out).
   */
  const logged = (server, { explicitOrigin = false } = {}) => {
    servers.push(server.server);
    server.server.prependListener("request", (request, response) => {
      if (request.method === "POST" && request.url === CSP_REPORT_PATH) {
        let body = "";
        request.setEncoding("utf8");
        request.on("data", (chunk) => (body += chunk));
        request.on("end", () => cspReports.push(body));
        return; // serveDist answers it (a 404, which the request log check leaves out)
      }
      const writeHead = response.writeHead;
      response.writeHead = function (status, headers = {}) {
        let policy = headers["Content-Security-Policy"];
        // See README, "Embedding it": WebKit matches 'self' against a sandboxed page's opaque
        // origin, so a host that sends a CSP names its own origin too.
        if (policy && explicitOrigin) policy = policy.replaceAll("'self'", `'self' ${server.origin}`);
        if (policy) headers = { ...headers, "Content-Security-Policy": `${policy}; report-uri ${CSP_REPORT_PATH}` };
        return writeHead.call(this, status, headers);
      };
      response.on("finish", () => served.push({ url: request.url, status: response.statusCode }));
    });
    return server;
  };

  before(async () => {
    engine = await startEngine(name);
    driver = engine.driver;
    console.log(`${engine.label} ${engine.browserVersion}; console errors from: ${engine.consoleSource}`);
    root = logged(await serveDist({ root: DIST, basePath: "/" }));
    nested = logged(await serveDist({ root: DIST, basePath: SUB_PATH }));
    sandboxHost = logged(await serveDist({ root: DIST, basePath: SUB_PATH }), { explicitOrigin: true });
  });

  after(async () => {
    await engine?.stop();
    for (const server of servers) server.close();
  });

  const $ = (css) => driver.findElement(By.css(css));
  const script = (body, ...args) => driver.executeScript(body, ...args);
  const value = (css) => script("return document.querySelector(arguments[0]).value", css);
  const text = (css) => script("return document.querySelector(arguments[0])?.textContent ?? null", css);
  const recommended = () =>
    script(`return document.querySelector('#plan-table tr[data-recommended="true"]')?.dataset.plan ?? null`);

  /** Waits (a render may land a frame later) until `css` holds `expected`, then asserts it. */
  async function expectValue(css, expected, message) {
    const start = Date.now();
    while ((await value(css)) !== expected && Date.now() - start < 3000) await sleep(30);
    assert.equal(await value(css), expected, message ?? `${css}`);
  }

  /** Opens `url` and waits for the live widget (it replaces the prerendered view). */
  async function open(url) {
    await driver.get(url);
    await eventually(() => script(`return !!document.querySelector(${JSON.stringify(LIVE)})`), "the live widget", 15000);
    await script(OBSERVER);
  }

  /** Fails on anything the page, the console, the server or the network showed. */
  async function assertClean(allowed = [root.origin, nested.origin]) {
    await sleep(200); // violation reports are sent asynchronously
    const pageProblems = await script("return window.__wd ?? []");
    const origins = await script(LOADED_ORIGINS);
    assert.deepEqual(pageProblems, [], "no uncaught error, console.error or CSP violation on the page");
    assert.deepEqual(engine.consoleErrors(), [], `no console error (${engine.consoleSource})`);
    assert.deepEqual(origins.filter((origin) => !allowed.includes(origin)), [], "nothing loaded off the origin");
    assert.deepEqual(cspReports.splice(0), [], "no CSP violation reported to the server (report-uri)");
    const failed = served.splice(0).filter((request) => request.status >= 400);
    assert.deepEqual(failed, [], "no request the server had to refuse (404s included)");
  }

  /** Real keys through WebDriver Actions: select all, then the text key by key. */
  async function typeInto(css, keys) {
    await $(css).click();
    const actions = driver.actions().keyDown(Key.CONTROL).sendKeys("a").keyUp(Key.CONTROL);
    await (keys === "" ? actions.sendKeys(Key.BACK_SPACE) : actions.sendKeys(keys)).perform();
  }

  /** Picks an option as a reader does: clicking it (WebDriver's Element Click on <option>). */
  const choose = (select, optionValue) => $(`${select} option[value="${optionValue}"]`).click();

  describe(`${ENGINE_LABELS[name]}: loading under the strict CSP`, () => {
    for (const [where, server] of [
      ["at the host's root", () => root],
      [`under the sub-path ${SUB_PATH}`, () => nested],
    ]) {
      test(`renders ${where} with no error and no foreign request`, async () => {
        served.length = 0;
        await open(server().url);
        assert.equal(await text("h1"), "LINE 官方帳號訊息費用計算機");
        assert.equal(await script("return document.getElementById('boot-status')"), null, "the loading note is gone");
        assert.equal(await script("return document.querySelector('#app[data-live] .widget--crashed')"), null);
        const loaded = served.map((request) => request.url);
        assert.ok(loaded.some((url) => url.endsWith(".wasm")), `the wasm came from this server: ${loaded}`);
        await assertClean();
      });
    }

    test(
      "the wasm is downloaded once per load",
      name === "webkit" ? {
        todo:
          "WebKit does not hand Trunk's <link rel=preload as=fetch> wasm to wasm-bindgen's fetch() " +
          "and downloads it twice; dropping the preload is the lead's call (README, Engines)",
      } : {},
      async () => {
        served.length = 0;
        await open(`${root.url}?region=jp`);
        const wasm = served.filter((request) => request.url.endsWith(".wasm"));
        served.length = 0;
        // Once, or not at all where the service worker already holds it from an earlier load.
        assert.ok(wasm.length <= 1, `wasm requests: ${JSON.stringify(wasm)}`);
        engine.consoleErrors();
      },
    );
  });

  describe(`${ENGINE_LABELS[name]}: converting (Japan's plans)`, () => {
    before(async () => open(`${root.url}?region=jp`));
    after(async () => assertClean());

    test("messages → amount on the cheapest plan", async () => {
      await typeInto("#messages", "5000");
      await expectValue("#budget", "5,000");
      assert.equal(await recommended(), "light");
      await typeInto("#messages", "31000");
      // スタンダード: ¥15,000 with 30,000 included, 1,000 add-on at ¥3.
      await expectValue("#budget", "18,000");
      assert.equal(await recommended(), "standard");
      assert.match(await text("#result-summary"), /31,000/);
      assert.equal(await value("#messages"), "31000", "what the reader typed stays as typed");
    });

    test("amount → the most messages it buys", async () => {
      await typeInto("#budget", "18000");
      await expectValue("#messages", "31,000");
      await typeInto("#budget", "14999");
      await expectValue("#messages", "5,000");
      assert.equal(await recommended(), "light");
    });

    test("the add-on scope converts the purchase cap both ways", async () => {
      await choose("#scope", "addon");
      await typeInto("#messages", "1000");
      await expectValue("#budget", "3,000");
      await typeInto("#budget", "210");
      await expectValue("#messages", "70");
      assert.match(await text("#dialog-hint"), /70/);
      // The same month in the monthly scope: スタンダード's 30,000 included + 70 add-on, ¥15,000 + ¥210.
      await choose("#scope", "monthly");
      await expectValue("#messages", "30,070", "switching scope carries the month");
      await expectValue("#budget", "15,210");
      assert.notEqual(await text("#scope-carried"), null, "and says so");
    });

    test("tax included: 10% more, and a typed budget is read as tax-included", async () => {
      await typeInto("#messages", "30000");
      await expectValue("#budget", "15,000");
      await $("#tax").click();
      await expectValue("#budget", "16,500");
      await typeInto("#budget", "16500");
      await expectValue("#messages", "30,000");
      await $("#tax").click();
      await expectValue("#messages", "30,500", "¥16,500 before tax buys 500 add-on messages");
    });

    test("switching language translates the page and keeps the numbers", async () => {
      await typeInto("#messages", "31000");
      await choose("#lang", "en");
      await eventually(async () => (await text("h1")) === "LINE Official Account message cost calculator", "English");
      assert.equal(await script("return document.documentElement.lang"), "en");
      await expectValue("#budget", "18,000");
      await typeInto("#messages", "abc");
      await eventually(async () => /not a digit/.test((await text("#messages-error")) ?? ""), "the English error");
      await choose("#lang", "ja");
      await eventually(async () => /LINE公式アカウント/.test(await text("h1")), "Japanese");
      assert.equal(await script("return document.documentElement.lang"), "ja");
      await choose("#lang", "zh-TW");
    });
  });

  describe(`${ENGINE_LABELS[name]}: typing as a reader does`, () => {
    test("Element Send Keys: digits, separators, Backspace and full-width digits", async () => {
      await open(`${root.url}?region=jp`);
      const field = await $("#messages");
      await field.sendKeys("31,000");
      await expectValue("#budget", "18,000");
      await field.sendKeys(Key.BACK_SPACE);
      assert.equal(await value("#messages"), "31,00");
      // A number still being typed is no error; left so, its misplaced separator is an inline error.
      // Neither while typing nor after is there an amount: 31,00 is not 31,000 (issue 21).
      assert.equal(await text("#messages-error"), null, "no false error while typing");
      assert.equal(await value("#budget"), "", "no amount for the number it was");
      await script(`document.getElementById("messages").blur()`);
      await eventually(async () => (await text("#messages-error")) !== null, "the separator error");
      assert.equal(await value("#budget"), "");
      await typeInto("#messages", "３１０００");
      await expectValue("#budget", "18,000", "full-width digits as a Chinese or Japanese keyboard types them");
      assert.equal(await value("#messages"), "３１０００");
      await assertClean();
    });

    test("Taiwan: the amount shown for a count buys exactly that count (any price list)", async () => {
      await open(root.url);
      await typeInto("#messages", "12000");
      const amount = await eventually(async () => (await value("#budget")) || null, "an amount");
      assert.match(amount, /^\d{1,3}(,\d{3})*(\.\d\d)?$/);
      const plan = await recommended();
      await typeInto("#budget", amount);
      await expectValue("#messages", "12,000", `NT$${amount} buys 12,000 messages`);
      assert.equal(await recommended(), plan, "on the same plan");
      await assertClean();
    });

    test(`IME composition in ${ENGINE_LABELS[name]}'s own event order: converts once committed`, async () => {
      await open(`${root.url}?region=jp`);
      await $("#messages").click();
      // compositionstart, then the reader composes ３, ３１, … (the field shows the candidate).
      await script(`
        const field = document.getElementById("messages");
        field.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true, data: "" }));
        for (const text of ["３", "３１", "３１０", "３１００", "３１０００"]) {
          field.dispatchEvent(new CompositionEvent("compositionupdate", { bubbles: true, data: text }));
          field.value = text;
          field.dispatchEvent(new InputEvent("input", { bubbles: true, isComposing: true, inputType: "insertCompositionText", data: text }));
        }`);
      await sleep(150);
      assert.equal(await value("#budget"), "", "nothing converts while the reader is still composing");
      assert.equal(await value("#messages"), "３１０００", "the candidate text is left alone");
      assert.equal(await text("#messages-error"), null, "and no error for half-typed text");
      await script(
        `const [order] = arguments;
        const field = document.getElementById("messages");
        const data = "３１０００";
        for (const step of order) {
          if (step === "compositionupdate") field.dispatchEvent(new CompositionEvent("compositionupdate", { bubbles: true, data }));
          if (step === "compositionend") field.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true, data }));
          if (step === "input:composing") field.dispatchEvent(new InputEvent("input", { bubbles: true, isComposing: true, inputType: "insertCompositionText", data }));
          if (step === "input:committed") field.dispatchEvent(new InputEvent("input", { bubbles: true, isComposing: false, inputType: "insertFromComposition", data }));
        }`,
        COMMIT_ORDER[name],
      );
      await expectValue("#budget", "18,000", "the committed text converts");
      assert.equal(await value("#messages"), "３１０００", "the committed text is kept, not doubled");
      assert.equal(await recommended(), "standard");
      await assertClean();
    });
  });

  describe(`${ENGINE_LABELS[name]}: keyboard only`, () => {
    test("Tab reaches every control in reading order; Space, Enter and Escape do what they say", async () => {
      await open(`${root.url}?region=jp&m=31000`);
      await script("document.activeElement?.blur(); window.scrollTo(0, 0)");
      const order = [];
      for (let i = 0; i < 11; i++) {
        await driver.actions().sendKeys(Key.TAB).perform();
        order.push(await script("return document.activeElement?.id || document.activeElement?.tagName"));
      }
      assert.deepEqual(order, [
        "lang",
        "region",
        "schedule",
        "scope",
        "messages",
        "budget",
        "estimator-link",
        "tax",
        "compare-old",
        "share-url",
        "copy-link",
      ]);
      // Enter on the copy button: copied, or the link selected for copying by hand.
      await driver.actions().sendKeys(Key.ENTER).perform();
      const status = await eventually(async () => (await text("#share-status")) || null, "the copy status");
      assert.match(status, /已複製|自行複製/);
      // Back to the tax checkbox (the focus may have moved to the selected link): Space ticks it.
      await script("document.getElementById('copy-link').focus()");
      for (let i = 0; i < 3; i++) await driver.actions().keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
      assert.equal(await script("return document.activeElement.id"), "tax");
      await driver.actions().sendKeys(Key.SPACE).perform();
      await expectValue("#budget", "19,800", "¥18,000 + 10%");
      // Enter and Escape in a field neither reload, clear nor move the focus (back past the
      // estimator link to the budget field).
      for (let i = 0; i < 2; i++) await driver.actions().keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
      await driver.actions().sendKeys(Key.ENTER).perform();
      await driver.actions().sendKeys(Key.ESCAPE).perform();
      assert.equal(await script("return document.activeElement.id"), "budget");
      assert.equal(await value("#budget"), "19,800");
      assert.equal(await value("#messages"), "31000", "the link's count, as it was given");
      assert.equal(await script("return !!window.__wd"), true, "the page did not reload");
      await assertClean();
    });
  });

  describe(`${ENGINE_LABELS[name]}: links`, () => {
    test("a shared link restores the view: region, scope, tax and the typed budget", async () => {
      await open(`${root.url}?region=jp`);
      const historyLength = await script("return history.length");
      await choose("#scope", "addon");
      await $("#tax").click();
      await typeInto("#budget", "3,300");
      await expectValue("#messages", "1,000", "¥3,300 with tax is ¥3,000: 1,000 add-on messages at ¥3");
      const link = await eventually(async () => {
        const url = await driver.getCurrentUrl();
        return /b=3,300/.test(url) && url;
      }, "the address to follow the view");
      assert.equal(await value("#share-url"), link, "the share field holds the address");
      assert.equal(await script("return history.length"), historyLength, "no history entry per keystroke");
      await assertClean();
      await open(link);
      assert.equal(await value("#region"), "JP");
      assert.equal(await value("#scope"), "addon");
      assert.equal(await script("return document.getElementById('tax').checked"), true);
      assert.equal(await value("#budget"), "3,300");
      await expectValue("#messages", "1,000");
      await assertClean();
    });
  });

  describe(`${ENGINE_LABELS[name]}: the demo article embedding it`, () => {
    const openArticle = async ({ host = nested, ...options } = {}) => {
      article = await serveArticle({ widgetUrl: host.url, ...options });
      servers.push(article.server);
      await driver.get(article.url);
      await script(OBSERVER);
      const frame = await eventually(async () => (await driver.findElements(By.css("iframe[data-line-oa-calc]")))[0], "the iframe");
      // A reader scrolls to the calculator. (WebKitWebDriver, unlike the other two drivers,
      // does not scroll the article to bring an element inside the iframe into view, and its
      // clicks then miss.)
      await script("window.scrollTo(0, arguments[0].getBoundingClientRect().top + scrollY)", frame);
      await driver.switchTo().frame(frame);
      return frame;
    };
    /**
     * Scrolls the article until `css` inside the iframe is in view, as a reader would before
     * tapping it (WebKitWebDriver's Element Click does not scroll the outer page).
     */
    const reveal = async (frame, css) => {
      const top = await script("return document.querySelector(arguments[0]).getBoundingClientRect().top", css);
      await driver.switchTo().defaultContent();
      await script("window.scrollTo(0, arguments[0].getBoundingClientRect().top + scrollY + arguments[1] - 200)", frame, top);
      await driver.switchTo().frame(frame);
    };
    const whenLive = () =>
      eventually(() => script(`return !!document.querySelector(${JSON.stringify(LIVE)})`), "the live widget", 15000);
    /** The iframe's height on the article, and its content's height inside. */
    const heights = async (frame) => {
      const inside = await script(`return {
        content: Math.ceil(document.documentElement.getBoundingClientRect().height),
        scrollable: document.documentElement.scrollHeight > innerHeight + 1 }`);
      await driver.switchTo().defaultContent();
      const outside = Math.round((await frame.getRect()).height);
      await driver.switchTo().frame(frame);
      return { iframe: outside, ...inside };
    };
    const fits = (frame) =>
      eventually(async () => {
        const h = await heights(frame);
        return Math.abs(h.iframe - h.content) <= 1 && !h.scrollable && h;
      }, "the iframe to fit its content");
    const cleanBoth = async (host = nested) => {
      await assertClean([article.origin, host.origin]);
      await driver.switchTo().defaultContent();
      await assertClean([article.origin, host.origin]);
    };
    /**
     * The article at 1280 x 800 with the calculator live in it (`query` added to its address),
     * watched for layout shifts and fitted: `body(frame, fitted)` runs there, and the window is a
     * phone's again afterwards, whatever happens.
     */
    async function onDesktopArticle(query, body) {
      await driver.manage().window().setRect({ width: 1280, height: 800 });
      try {
        const frame = await openArticle({ query });
        await whenLive();
        await script(OBSERVER);
        await body(frame, await fits(frame));
      } finally {
        await driver.switchTo().defaultContent();
        await driver.manage().window().setRect({ width: 390, height: 844 });
      }
    }

    test("the iframe takes its content's height from the height messages, and follows it", () =>
      onDesktopArticle("&region=jp", async (frame, first) => {
        assert.notEqual(first.iframe, 900, "the host script replaced the fallback height");
        await typeInto("#messages", "31000");
        await expectValue("#budget", "18,000");
        const withResult = await fits(frame);
        assert.ok(withResult.iframe > first.iframe, `taller with the result (${first.iframe} → ${withResult.iframe})`);
        await typeInto("#messages", "31000x");
        await eventually(async () => (await text("#messages-error")) !== null, "the error");
        // The error instead of the result (issue 21: no figure beside it): the iframe follows.
        const withError = await fits(frame);
        assert.notEqual(withError.iframe, withResult.iframe, "follows the error, with no result beside it");
        // The copy button answers in a cross-origin iframe too: copied, or the link selected.
        await typeInto("#messages", "31000");
        await reveal(frame, "#copy-link");
        await $("#copy-link").click();
        const status = await eventually(async () => (await text("#share-status")) || null, "the copy status");
        assert.match(status, /已複製|自行複製/);
        await cleanBoth();
      }));

    test("the article does not jump while the reader scrolls past the calculator", () =>
      onDesktopArticle("&region=jp&m=31000", async (frame, settled) => {
        await driver.switchTo().defaultContent();
        const seen = [];
        const end = await script("return document.documentElement.scrollHeight");
        for (let y = 0; y <= end; y += 400) {
          await script("window.scrollTo(0, arguments[0])", y);
          await sleep(150);
          seen.push(Math.round((await frame.getRect()).height));
        }
        // Below-the-table cards rendered only when scrolled near would each change the
        // iframe's height, and the article under it would move while being read.
        assert.deepEqual([...new Set(seen)], [settled.iframe], `iframe heights while scrolling: ${seen.join(" ")}`);
        await driver.switchTo().frame(frame);
        await cleanBoth();
      }));

    test('inside sandbox="allow-scripts": converts, sizes itself, and copies the link or selects it', async () => {
      const frame = await openArticle({
        host: sandboxHost,
        query: "&region=jp",
        iframeAttributes: 'sandbox="allow-scripts"',
        // As a blogger who left allow="clipboard-write" out of the snippet.
        allow: "",
      });
      await whenLive();
      await script(OBSERVER);
      await typeInto("#messages", "31000");
      await expectValue("#budget", "18,000");
      await fits(frame);
      await reveal(frame, "#copy-link");
      await $("#copy-link").click();
      const status = await eventually(async () => (await text("#share-status")) || null, "the copy status");
      const link = await value("#share-url");
      assert.match(link, /\/article\.html#line-oa-calc\?m=31,000&region=jp$/, "a link to the article in this view (the host script gave its address; the count written with separators once left)");
      if (name !== "chromium") {
        // Gecko and WebKit have no clipboard-write permissions policy: the reader's click in
        // the sandboxed frame writes the clipboard, and the widget says so.
        assert.match(status, /已複製/);
      } else {
        assert.match(status, /自行複製/, "no clipboard rights in the sandbox: copy by hand");
        const selected = await script("const i = document.getElementById('share-url'); return i.value.slice(i.selectionStart, i.selectionEnd)");
        assert.equal(selected, link, "the link is selected, ready to copy");
      }
      await cleanBoth(sandboxHost);
    });

    test("a sandboxed embed under a host CSP of only 'self': which engines run it", async () => {
      const frame = await openArticle({ query: "&region=jp", iframeAttributes: 'sandbox="allow-scripts"' });
      if (name !== "webkit") {
        await whenLive();
        await typeInto("#messages", "31000");
        await expectValue("#budget", "18,000");
        await cleanBoth();
        return;
      }
      // WebKit matches 'self' against the sandboxed page's opaque origin, so the host's own
      // boot.js, module, wasm and stylesheet are all refused: the reader gets an unstyled,
      // dead page. The README therefore asks hosts that send a CSP to name their origin.
      await sleep(1500);
      assert.equal(await script(`return !!document.querySelector(${JSON.stringify(LIVE)})`), false);
      await sleep(300);
      const blocked = cspReports.splice(0).map((report) => JSON.parse(report)["csp-report"]["blocked-uri"]);
      assert.ok(blocked.some((uri) => uri.endsWith("/boot.js")), `boot.js refused: ${blocked}`);
      assert.ok(blocked.some((uri) => uri.endsWith(".css")), "and the stylesheet");
      engine.consoleErrors();
      served.length = 0;
      await driver.switchTo().defaultContent();
    });
  });
}

export const ENGINE_LABELS = { chromium: "Chromium", webkit: "WebKitGTK", firefox: "Firefox ESR" };
