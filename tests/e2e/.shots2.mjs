import { DIST, launchBrowser, serveDist, watchedPage, openWidget, typeInto, PHONE, SMALL_PHONE } from "./harness.mjs";
const browser = await launchBrowser();
const server = await serveDist({ root: DIST, basePath: "/" });
const shots = [
  ["zh-390-dark-old", { ...PHONE, colorScheme: "dark" }, "", async (p) => { await typeInto(p, "#messages", "12000"); await p.locator("#compare-old").check(); }, ["#old-plans", ".notes"]],
  ["en-320-light-old", { ...SMALL_PHONE, colorScheme: "light" }, "?lang=en", async (p) => { await typeInto(p, "#messages", "12000"); await p.locator("#compare-old").check(); await p.locator(".notes__sources summary").last().click(); }, ["#old-plans", "#app > .widget > .notes"]],
];
for (const [name, opts, query, act, sels] of shots) {
  const { context, page } = await watchedPage(browser, server.origin, { ...opts, deviceScaleFactor: 1 });
  await openWidget(page, server.url + query);
  await act(page);
  let i = 0;
  for (const sel of sels) {
    const el = page.locator(sel).first();
    await el.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await el.screenshot({ path: `/tmp/shots/${name}-el${i++}.png` });
  }
  await context.close();
}
await browser.close();
server.server.close();
