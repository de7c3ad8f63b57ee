import { launchBrowser, serveDist, watchedPage, openWidget, typeInto } from "./harness.mjs";
const [w, h, scheme, out, msgs, scope] = process.argv.slice(2);
const b = await launchBrowser(); const s = await serveDist({ root: "../../dist" });
const { page } = await watchedPage(b, s.origin, { viewport: { width: +w, height: +h }, colorScheme: scheme });
await openWidget(page, s.url);
if (scope) await page.selectOption("#scope", scope);
if (msgs) await typeInto(page, "#messages", msgs);
const total = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, i = 0; y < total; y += +h, i++) {
  await page.screenshot({ path: `${out}-${i}.png`, clip: { x: 0, y, width: +w, height: Math.min(+h, total - y) }, fullPage: true });
}
console.log(total);
await b.close(); s.server.close();
