// The last build step (after minify.mjs): what depends on the whole build or on where it is
// deployed. Usage: [SITE_URL=https://example.com/line-calc/] node site.mjs DIST
// - With SITE_URL (the address dist/ is served at): the link-preview tags that need absolute
//   URLs, og:url and og:image (with its size), and a large-image Twitter card. Without it they
//   are left out, never guessed.
// - sw.js: the build's id and file list in front of the service worker (see assets/sw.js).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dist = process.argv[2] ?? "dist";
const indexPath = join(dist, "index.html");
let index = readFileSync(indexPath, "utf8");

const OG_IMAGE = { name: "og-image.png", width: 1200, height: 630, alt: "LINE 官方帳號訊息費用計算機" };
const CARD = '<meta name="twitter:card" content="summary" />';

const siteUrl = process.env.SITE_URL?.trim();
if (siteUrl) {
  let site;
  try {
    site = new URL(siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`);
  } catch {
    site = null;
  }
  if (!site || !["https:", "http:"].includes(site.protocol) || site.search || site.hash) {
    console.error(`site: SITE_URL must be the absolute http(s) address dist/ is served at, got ${siteUrl}`);
    process.exit(1);
  }
  if (!index.includes(CARD)) {
    console.error(`site: ${indexPath} has no ${CARD}`);
    process.exit(1);
  }
  const attr = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const image = new URL(OG_IMAGE.name, site).href;
  const tags = [
    ["property", "og:url", site.href],
    ["property", "og:image", image],
    ["property", "og:image:type", "image/png"],
    ["property", "og:image:width", String(OG_IMAGE.width)],
    ["property", "og:image:height", String(OG_IMAGE.height)],
    ["property", "og:image:alt", OG_IMAGE.alt],
    ["name", "twitter:card", "summary_large_image"],
    ["name", "twitter:image", image],
  ].map(([key, name, content]) => `<meta ${key}="${name}" content="${attr(content)}" />`);
  index = index.replace(CARD, tags.join("\n    "));
  writeFileSync(indexPath, index);
  console.log(`site: preview tags for ${site.href}`);
}

// The service worker's build id (every file but sw.js itself) and what it installs: the page,
// and the files it loads (not the host script embed.js, the preview image, nor the views,
// which are cached as they are used).
const files = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
const hash = createHash("sha256");
for (const file of files(dist)) {
  const name = relative(dist, file);
  if (name === "sw.js") continue;
  hash.update(name).update("\0").update(readFileSync(file)).update("\0");
}
const build = hash.digest("hex").slice(0, 16);
const assets = [
  "./",
  ...readdirSync(dist)
    .sort()
    .filter((name) => statSync(join(dist, name)).isFile())
    .filter((name) => !["index.html", "sw.js", "embed.js", OG_IMAGE.name].includes(name)),
];
const swPath = join(dist, "sw.js");
const worker = readFileSync(swPath, "utf8").replace(/^const BUILD=.*\n/, "");
writeFileSync(swPath, `const BUILD=${JSON.stringify(build)},ASSETS=${JSON.stringify(assets)};\n${worker}`);
console.log(`site: service worker for build ${build}, ${assets.length} files`);
