// Installable and offline: the web app manifest, and the service worker (assets/sw.js) that
// reopens the page with no network and picks up a new deploy on the next load, never a mix.
// Each test serves its own copy of dist/ under the sub-path, so it can cut the network or
// deploy a changed build without touching the others.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import {
  DIST,
  LIVE_INPUT,
  PHONE,
  REPO,
  assertClean,
  launchBrowser,
  openWidget,
  serveArticle,
  serveDist,
  typeInto,
  watchedPage,
} from "./harness.mjs";

const SUB_PATH = "/blog/tools/line-calc/";
let browser;
const cleanups = [];

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const cleanup of cleanups) await cleanup();
});

/** A copy of dist/ served under the sub-path; `stop()` takes the host off the network. */
async function deployCopy() {
  const dir = mkdtempSync(join(tmpdir(), "line-oa-calc-deploy-"));
  cpSync(DIST, dir, { recursive: true });
  const served = await serveDist({ root: dir, basePath: SUB_PATH });
  const stop = () => {
    served.server.closeAllConnections();
    return new Promise((done) => served.server.close(done));
  };
  cleanups.push(async () => {
    if (served.server.listening) await stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { ...served, dir, stop };
}

/** Resolves once a service worker controls the page. */
const controlled = (page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });

test("the manifest: relative start_url and scope, icons made from our SVG, installable", async () => {
  const { origin, url } = await deployCopy();
  const { context, page, problems } = await watchedPage(browser, origin, PHONE);
  await openWidget(page, url);
  const href = await page.locator('link[rel="manifest"]').evaluate((link) => link.href);
  assert.equal(href, `${url}manifest.webmanifest`, "found under the sub-path");
  const response = await page.request.get(href);
  assert.equal(response.headers()["content-type"], "application/manifest+json");
  const manifest = await response.json();
  assert.equal(manifest.start_url, "./");
  assert.equal(manifest.scope, "./");
  assert.match(manifest.name, /LINE 官方帳號/);
  assert.ok(manifest.short_name.length <= 12, "a short name that fits under a home-screen icon");
  for (const icon of manifest.icons) {
    const body = await (await page.request.get(new URL(icon.src, href).href)).body();
    if (icon.type === "image/png") {
      const [width, height] = icon.sizes.split("x").map(Number);
      assert.deepEqual([body.readUInt32BE(16), body.readUInt32BE(20)], [width, height], icon.src);
    } else {
      assert.match(body.toString(), /^<svg/, icon.src);
    }
  }
  const themes = await page.locator('meta[name="theme-color"]').evaluateAll((metas) =>
    metas.map((meta) => [meta.media, meta.content]),
  );
  assert.deepEqual(themes.map(([media]) => media), [
    "(prefers-color-scheme: light)",
    "(prefers-color-scheme: dark)",
  ]);
  // Chromium's own reading of it: parsed without errors, and nothing stands in the way of installing.
  const cdp = await context.newCDPSession(page);
  const parsed = await cdp.send("Page.getAppManifest");
  assert.deepEqual(parsed.errors, [], "Chromium parses the manifest without errors");
  assert.equal(parsed.url, href);
  await controlled(page);
  // (A test browser context is incognito-like, which Chromium never installs from: that one
  // is about the context, not the page.)
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  assert.deepEqual(
    installabilityErrors.filter((error) => error.errorId !== "in-incognito"),
    [],
    "installable",
  );
  assertClean(assert, problems);
  await context.close();
});

test("offline: load, the host goes away, reload, type: it converts, in the linked view too", async () => {
  const host = await deployCopy();
  const { context, page, problems } = await watchedPage(browser, host.origin, PHONE);
  await openWidget(page, `${host.url}?region=jp&lang=ja`);
  await controlled(page);
  await typeInto(page, "#messages", "100000");
  await page.waitForFunction(() => document.getElementById("budget").value === "225,000");
  await page.waitForURL(/m=100000/);

  await host.stop();
  await context.setOffline(true);
  const response = await page.reload();
  assert.ok(response.fromServiceWorker(), "the page came from the service worker");
  await page.locator(LIVE_INPUT).waitFor();
  assert.match(await page.locator("h1").textContent(), /LINE公式アカウント/, "the linked view");
  assert.equal(await page.locator("#region").inputValue(), "JP");
  // Japan's スタンダード for 100,000 messages: ¥15,000 + 50,000 × ¥3 + 20,000 × ¥2.8.
  assert.equal(await page.locator("#budget").inputValue(), "225,000", "the address bar kept the figure");
  await typeInto(page, "#messages", "60000");
  // ¥15,000 + 30,000 × ¥3.
  await page.waitForFunction(() => document.getElementById("budget").value === "105,000");

  // And a fresh tab, with no network at all, opens it too.
  const second = await context.newPage();
  await second.goto(host.url);
  await second.locator(LIVE_INPUT).waitFor();
  await typeInto(second, "#messages", "12000");
  await second.waitForFunction(() => document.getElementById("budget").value !== "");
  assertClean(assert, problems);
  await context.close();
});

test("a new deploy is picked up on the next load, whole: never a mix of two builds", async () => {
  const host = await deployCopy();
  const { context, page, problems } = await watchedPage(browser, host.origin, PHONE);
  await openWidget(page, host.url);
  await controlled(page);
  const hashedOf = (names) => names.filter((name) => /-[0-9a-f]{16}(_bg)?\.(wasm|js)$/.test(name));
  const oldFiles = hashedOf(readdirSync(host.dir));

  // Build B: the same code under new hashed names (as any code change gives), a changed
  // boot.js and a page that says which build it is; sw.js regenerated by the build's own step.
  let index = readFileSync(join(host.dir, "index.html"), "utf8");
  const newFiles = oldFiles.map((name) => name.replace(/-([0-9a-f]{16})/, (_, hash) => `-${[...hash].reverse().join("")}`));
  oldFiles.forEach((name, i) => {
    renameSync(join(host.dir, name), join(host.dir, newFiles[i]));
    index = index.replaceAll(name, newFiles[i]);
  });
  index = index.replace("<head>", '<head>\n    <meta name="build" content="B" />');
  writeFileSync(join(host.dir, "index.html"), index);
  writeFileSync(join(host.dir, "boot.js"), `${readFileSync(join(host.dir, "boot.js"), "utf8")}\nwindow.__build = "B";\n`);
  execFileSync("node", [join(REPO, "tests/e2e/site.mjs"), host.dir]);

  const loaded = [];
  page.on("request", (request) => loaded.push(new URL(request.url()).pathname.split("/").pop()));
  await page.reload();
  await page.locator(LIVE_INPUT).waitFor();
  assert.equal(await page.locator('meta[name="build"]').getAttribute("content"), "B", "the next load is the new page");
  assert.equal(await page.evaluate(() => window.__build), "B", "with the new boot.js");
  assert.deepEqual(hashedOf(loaded).sort(), [...newFiles].sort(), "and the new build's wasm and js, none of the old");
  await typeInto(page, "#messages", "100");
  await page.waitForFunction(() => document.getElementById("budget").value !== "");

  // The worker of build B replaces A's, and with it the cache: offline, B opens.
  const buildB = readFileSync(join(host.dir, "sw.js"), "utf8").match(/BUILD="(\w+)"/)[1];
  const installed = () =>
    page.evaluate(async (build) => {
      const keys = await caches.keys();
      const worker = (await navigator.serviceWorker.getRegistration())?.active;
      return keys.length === 1 && keys[0].endsWith(`:${build}`) && worker?.state === "activated";
    }, buildB);
  for (let tries = 0; !(await installed()); tries++) {
    assert.ok(tries < 150, "build B's worker is installed and active, A's cache gone");
    await page.waitForTimeout(100);
  }
  await host.stop();
  await context.setOffline(true);
  await page.reload();
  await page.locator(LIVE_INPUT).waitFor();
  assert.equal(await page.locator('meta[name="build"]').getAttribute("content"), "B", "offline, still build B");
  assertClean(assert, problems);
  await context.close();
});

test("inside an iframe, even a sandboxed one, nothing registers and nothing is logged", async () => {
  const host = await deployCopy();
  for (const iframeAttributes of ["", 'sandbox="allow-scripts"']) {
    const article = await serveArticle({ widgetUrl: host.url, query: "?embed=1", iframeAttributes });
    cleanups.push(() => article.server.close());
    const { context, page, problems } = await watchedPage(browser, [article.origin, host.origin], PHONE);
    const workers = [];
    context.on("serviceworker", (worker) => workers.push(worker.url()));
    await page.goto(article.url);
    const frame = page.frameLocator("iframe[data-line-oa-calc]").first();
    await frame.locator(LIVE_INPUT).waitFor();
    const widget = page.frames().find((f) => f !== page.mainFrame());
    await typeInto(widget, "#messages", "12000");
    await widget.waitForFunction(() => document.getElementById("budget").value !== "");
    await page.waitForTimeout(300);
    assert.deepEqual(workers, [], `no service worker (${iframeAttributes || "plain iframe"})`);
    assertClean(assert, problems);
    await context.close();
  }
});
