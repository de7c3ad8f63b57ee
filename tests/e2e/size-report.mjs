// Prints raw, gzip -9 and brotli q11 sizes of the release .wasm, .js and .css in dist/,
// and exits non-zero when wasm + js exceed the budget (135 KB gzip per language page, KB = 1000 bytes).
import { readdirSync } from "node:fs";
import { join } from "node:path";

import { fileSizes, printSizes } from "./sizes.mjs";

const BUDGET_GZIP_BYTES = 135_000;
const dist = process.argv[2] ?? "dist";

const rows = fileSizes(dist, /\.(wasm|js|css)$/);
console.log(`size report (${dist}):`);
printSizes(rows);

// Everything the widget's page executes counts: the wasm, its bindings, boot.js and view.js.
// The host script (embed.js) runs on the blog's page, not the widget's, and the service worker
// (sw.js) in the background once the page runs: reported, not counted.
const HOST_SCRIPT = "embed.js";
const WORKER_SCRIPT = "sw.js";
const app = rows.filter((row) => /\.(wasm|js)$/.test(row.name) && ![HOST_SCRIPT, WORKER_SCRIPT].includes(row.name));
const appGzip = app.reduce((sum, row) => sum + row.gzip, 0);
console.log(`wasm + js gzip: ${appGzip} bytes (budget ${BUDGET_GZIP_BYTES})`);
const host = rows.find((row) => row.name === HOST_SCRIPT);
if (host) console.log(`host script ${HOST_SCRIPT} (on the embedding page): ${host.gzip} bytes gzip`);
const worker = rows.find((row) => row.name === WORKER_SCRIPT);
if (worker) console.log(`service worker ${WORKER_SCRIPT} (installed after the page runs): ${worker.gzip} bytes gzip`);
if (!rows.some((row) => row.name.endsWith(".wasm"))) {
  console.error("size report: no .wasm in dist/ — build first");
  process.exit(1);
}
if (appGzip > BUDGET_GZIP_BYTES) {
  console.error(`size report: OVER BUDGET by ${appGzip - BUDGET_GZIP_BYTES} bytes`);
  process.exit(1);
}

// What the first paint needs, gzip: the page, its stylesheet and the blocking view.js in
// <head>; a link naming another view also fetches that view's prerendered fragment (the
// largest one counts). Budget: 14 KB (KB = 1000 bytes).
const FIRST_PAINT_BUDGET_GZIP_BYTES = 14_000;
const first = fileSizes(dist, /^(index\.html|view\.js|style-.*\.css)$/);
const viewsDir = readdirSync(dist).find((name) => /^views-[0-9a-f]{16}$/.test(name));
const fragments = viewsDir ? fileSizes(join(dist, viewsDir), /\.html$/) : [];
const largest = fragments.reduce((max, row) => (row.gzip > max ? row.gzip : max), 0);
const firstGzip = first.reduce((sum, row) => sum + row.gzip, 0);
console.log(`first paint (${first.map((row) => row.name).join(" + ")}) gzip: ${firstGzip} bytes; a linked view adds at most ${largest} (${fragments.length} views) = ${firstGzip + largest} (budget ${FIRST_PAINT_BUDGET_GZIP_BYTES})`);
if (firstGzip + largest > FIRST_PAINT_BUDGET_GZIP_BYTES) {
  console.error(`size report: first paint OVER BUDGET by ${firstGzip + largest - FIRST_PAINT_BUDGET_GZIP_BYTES} bytes`);
  process.exit(1);
}
