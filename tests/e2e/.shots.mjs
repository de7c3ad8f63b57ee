import { DIST, launchBrowser, serveDist, watchedPage, openWidget, typeInto, PHONE, SMALL_PHONE } from "./harness.mjs";
const browser = await launchBrowser();
const server = await serveDist({ root: DIST, basePath: "/" });
const shots = [
  ["zh-390-light-100k", { ...PHONE, colorScheme: "light" }, "", async (p) => { await typeInto(p, "#messages", "100000"); }],
  ["zh-390-dark-old", { ...PHONE, colorScheme: "dark" }, "", async (p) => { await typeInto(p, "#messages", "12000"); await p.locator("#compare-old").check(); }],
  ["en-320-light-notice", { ...SMALL_PHONE, colorScheme: "light", today: "2026-10-15" }, "?lang=en", async (p) => { await typeInto(p, "#messages", "3000"); }],
  ["en-320-dark-upcoming", { ...SMALL_PHONE, colorScheme: "dark", today: "2026-10-15" }, "?lang=en", async (p) => { await typeInto(p, "#messages", "3000"); await p.locator("#schedule-status button").click(); }],
  ["ja-390-th", { ...PHONE, colorScheme: "light" }, "?lang=ja&region=th", async (p) => { await typeInto(p, "#messages", "30000"); }],
];
for (const [name, opts, query, act] of shots) {
  const { context, page, problems } = await watchedPage(browser, server.origin, { ...opts, deviceScaleFactor: 1 });
  await openWidget(page, server.url + query);
  await act(page);
  const tall = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < Math.min(tall, 3200); y += 1100, i++) {
    await page.screenshot({ path: `/tmp/shots/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: opts.viewport.width, height: 1100 } });
  }
  console.log(name, JSON.stringify(problems));
  await context.close();
}
await browser.close();
server.server.close();
