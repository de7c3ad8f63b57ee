// Renders the artwork in assets/art/ (our own SVG, the source) into the PNGs the build ships:
// the link-preview card og-image.png (1200×630) and the app icons icon-192.png / icon-512.png.
// Debian's Chromium draws them (the same one the tests drive), so they are regenerated from
// source on every build, never edited by hand. Usage: node artwork.mjs DIST
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { REPO, launchBrowser } from "./harness.mjs";

export const ARTWORK = [
  { source: "og-image.svg", out: "og-image.png", width: 1200, height: 630 },
  { source: "icon.svg", out: "icon-192.png", width: 192, height: 192 },
  { source: "icon.svg", out: "icon-512.png", width: 512, height: 512 },
];

const dist = process.argv[2] ?? join(REPO, "dist");
const browser = await launchBrowser();
try {
  for (const { source, out, width, height } of ARTWORK) {
    const svg = readFileSync(join(REPO, "assets", "art", source), "utf8");
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(
      `<!doctype html><style>html,body{margin:0}img{display:block}</style><img width="${width}" height="${height}" src="${src}">`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    // Text in the SVG uses the system's fonts (fonts-noto-cjk, from .ci/setup).
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(dist, out), clip: { x: 0, y: 0, width, height } });
    await page.close();
    console.log(`artwork: ${source} -> ${out} (${width}×${height})`);
  }
} finally {
  await browser.close();
}
