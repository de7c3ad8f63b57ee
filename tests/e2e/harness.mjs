// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core
// (no browser download), dist/ served over loopback with the strict CSP, and a watch on
// every page for console errors, page errors and requests that leave the page's origin.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

import { serveArticle } from "./article-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium-flags.mjs";
import { serveDist } from "./server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = join(here, "..", "..");
export const DIST = process.env.DIST_DIR ?? join(REPO, "dist");
export const SCREENSHOTS = join(REPO, "target", "screenshots");

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const SMALL_PHONE = { viewport: { width: 320, height: 568 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export { serveArticle, serveDist };

/** Where the tests serve dist/ besides the host's root: a blog's sub-path. */
export const SUB_PATH = "/blog/tools/line-calc/";

/**
 * For one test file: Debian's Chromium, and dist/ served at the host's root and under
 * SUB_PATH, started before the file's tests and stopped after them (the fields are set once
 * the file's `before` hooks have run).
 */
export function chromiumAndDist() {
  const env = { browser: null, root: null, nested: null };
  before(async () => {
    env.browser = await launchBrowser();
    env.root = await serveDist({ root: DIST, basePath: "/" });
    env.nested = await serveDist({ root: DIST, basePath: SUB_PATH });
  });
  after(async () => {
    await env.browser?.close();
    env.root?.server.close();
    env.nested?.server.close();
  });
  return env;
}

/**
 * The reader's date in every test unless a test names another: the day `.ci/test` builds dist/ for
 * (BUILD_DATE), so the prerendered view and the live one price the same schedule. No test reads the
 * machine's clock: the page's clock is set to noon of this day, Taiwan time.
 */
export const TEST_DATE = process.env.BUILD_DATE ?? "2026-12-01";

/**
 * Runs in the page before its scripts: `new Date()` and `Date.now()` start from `start` (ms) and run
 * on at real speed. Only the calendar moves; timers, animation frames and `performance.now()` stay
 * real (Playwright's own clock fakes those too, which would stall the timing measurements).
 */
function setReadersDate(start) {
  const RealDate = Date;
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  class ReadersDate extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [now()]));
    }
    static now() {
      return now();
    }
  }
  globalThis.Date = ReadersDate;
}

/**
 * A page that records what must never happen: console errors, uncaught page errors,
 * and requests to any origin but `origin` (or one of `origin` when it is a list).
 * `today` (YYYY-MM-DD) is the reader's date.
 */
export async function watchedPage(browser, origin, { today = TEST_DATE, ...contextOptions } = {}) {
  const allowed = [origin].flat();
  const context = await browser.newContext({ locale: "zh-TW", timezoneId: "Asia/Taipei", ...contextOptions });
  await context.addInitScript(setReadersDate, new Date(`${today}T12:00:00+08:00`).getTime());
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(String(error)));
  page.on("request", (request) => {
    const url = request.url();
    if (!allowed.some((o) => url.startsWith(`${o}/`)) && !url.startsWith("data:")) {
      problems.foreignRequests.push(url);
    }
  });
  return { context, page, problems };
}

/**
 * The inputs of the live widget. The page's first paint is the prerendered default view;
 * the live one replaces it (marked `data-live`) once the wasm has rendered.
 */
export const LIVE_INPUT = "#app[data-live] #messages";

/** Holds every .wasm response until `release()`: the page as a slow network shows it. */
export async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Opens the widget and waits until the live widget has replaced the prerendered view. */
export async function openWidget(page, url) {
  await page.goto(url);
  await page.locator(LIVE_INPUT).waitFor({ state: "visible" });
}

export function assertClean(assert, problems) {
  assert.deepEqual(problems.pageErrors, [], "no uncaught page errors");
  assert.deepEqual(problems.consoleErrors, [], "no console errors (CSP violations included)");
  assert.deepEqual(problems.foreignRequests, [], "no request leaves the page's origin");
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Types like a person over what the field holds: select all, then key by key (the first key
 * replaces the selection, so the field is never empty in between). "" empties the field.
 */
export async function typeInto(page, selector, text) {
  const field = page.locator(selector);
  await field.click();
  await field.press("Control+A");
  if (text === "") await field.press("Backspace");
  else await field.pressSequentially(text);
}

/** Pastes like a person: one input event with the whole text. */
export async function pasteInto(page, selector, text) {
  const field = page.locator(selector);
  await field.click();
  await field.press("Control+A");
  await page.keyboard.insertText(text);
}
