// Prints raw, gzip -9 and brotli q11 sizes of the release .wasm, .js and .css in dist/,
// and exits non-zero when wasm + js exceed the budget (110 KB gzip, KB = 1000 bytes).
import { fileSizes, printSizes } from "./sizes.mjs";

const BUDGET_GZIP_BYTES = 110_000;
const dist = process.argv[2] ?? "dist";

const rows = fileSizes(dist, /\.(wasm|js|css)$/);
console.log(`size report (${dist}):`);
printSizes(rows);

// Everything the widget's page executes counts: the wasm, its bindings and boot.js. The host
// script (embed.js) runs on the blog's page, not the widget's: reported, not counted.
const HOST_SCRIPT = "embed.js";
const app = rows.filter((row) => /\.(wasm|js)$/.test(row.name) && row.name !== HOST_SCRIPT);
const appGzip = app.reduce((sum, row) => sum + row.gzip, 0);
console.log(`wasm + js gzip: ${appGzip} bytes (budget ${BUDGET_GZIP_BYTES})`);
const host = rows.find((row) => row.name === HOST_SCRIPT);
if (host) console.log(`host script ${HOST_SCRIPT} (on the embedding page): ${host.gzip} bytes gzip`);
if (!rows.some((row) => row.name.endsWith(".wasm"))) {
  console.error("size report: no .wasm in dist/ — build first");
  process.exit(1);
}
if (appGzip > BUDGET_GZIP_BYTES) {
  console.error(`size report: OVER BUDGET by ${appGzip - BUDGET_GZIP_BYTES} bytes`);
  process.exit(1);
}
