// Minifies the release JavaScript in dist/ (wasm-bindgen's bindings, boot.js, embed.js, view.js,
// sw.js) with terser, then rewrites the sha384 integrity that Trunk put in index.html for the
// bindings, so subresource integrity still holds; and the stylesheet (below). Trunk's own JS
// minifier gives up on ES modules.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dist = process.argv[2] ?? "dist";
const indexPath = join(dist, "index.html");
let index = readFileSync(indexPath, "utf8");
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

for (const name of readdirSync(dist).filter((n) => n.endsWith(".js"))) {
  const path = join(dist, name);
  const source = readFileSync(path, "utf8");
  const { code } = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  const before = sri(Buffer.from(source));
  writeFileSync(path, code);
  if (index.includes(before)) index = index.replaceAll(before, sri(Buffer.from(code)));
  console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
}
writeFileSync(indexPath, index);

// The stylesheet is part of what the first paint waits for: ship it without its comments and
// layout whitespace (a third less gzip). Safe for this CSS: no comment-like text in strings,
// and spaces are only dropped around braces and semicolons, never inside selectors.
for (const name of readdirSync(dist).filter((n) => n.endsWith(".css"))) {
  const path = join(dist, name);
  const source = readFileSync(path, "utf8");
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};])\s*/g, "$1")
    .trim();
  writeFileSync(path, code);
  console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
}
