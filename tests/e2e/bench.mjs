// The bench command (`.ci/bench`): transfer sizes of everything the page loads, cold-load
// milestones (7 loads) and keystroke latency (200 keystrokes), throttled to a cheap phone and
// unthrottled, against dist/ served with gzip/brotli as a real static host would. Prints one
// table and writes target/bench.json so two runs can be compared.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { DIST, REPO, launchBrowser, serveDist } from "./harness.mjs";
import { THROTTLED, UNTHROTTLED, coldLoad, keystrokes, summarize } from "./measure.mjs";
import { fileSizes, printSizes } from "./sizes.mjs";

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 200);
// A linked view to load instead of the default one, e.g. BENCH_QUERY='?region=jp&lang=ja'.
const QUERY = process.env.BENCH_QUERY ?? "";

const files = fileSizes(DIST, /\.(html|js|wasm|css|svg)$/).filter((f) => f.name !== "embed.js");
const total = files.reduce(
  (sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

const browser = await launchBrowser();
const server = await serveDist({ root: DIST, compress: true });
const profiles = {};
try {
  for (const profile of [THROTTLED, UNTHROTTLED]) {
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(browser, server, profile, QUERY));
    const typing = await keystrokes(browser, server, profile, KEYSTROKES);
    profiles[profile.name] = {
      fcp: summarize(loads.map((l) => l.fcp)),
      interactive: summarize(loads.map((l) => l.interactive)),
      table: summarize(loads.map((l) => l.table)),
      layoutShift: Math.max(...loads.map((l) => l.layoutShift)),
      keystroke: summarize(typing.latencies),
    };
  }
} finally {
  await browser.close();
  server.server.close();
}

const ms = (v) => `${v.toFixed(1)}`.padStart(8);
console.log("transfer sizes (bytes)");
printSizes([...files, { name: "total", ...total }]);
console.log(`\ntimings (ms): median [min–max], ${LOADS} cold loads${QUERY ? ` of ${QUERY}` : ""}; keystrokes: median / p95 of ${KEYSTROKES}`);
console.log("table = the plan table's numbers painted (in the DOM and past the first contentful paint);");
console.log("interactive = the live widget has replaced the prerendered view; CLS = worst layout-shift sum of the loads");
console.log(`${"profile".padEnd(13)}${"FCP".padStart(22)}${"interactive".padStart(22)}${"table".padStart(22)}${"keystroke".padStart(20)}${"CLS".padStart(8)}`);
for (const [name, p] of Object.entries(profiles)) {
  const span = (s) => `${ms(s.median)} [${s.min.toFixed(0)}–${s.max.toFixed(0)}]`.padStart(22);
  console.log(
    `${name.padEnd(13)}${span(p.fcp)}${span(p.interactive)}${span(p.table)}${`${ms(p.keystroke.median)} /${ms(p.keystroke.p95)}`.padStart(20)}${p.layoutShift.toFixed(3).padStart(8)}`,
  );
}
mkdirSync(join(REPO, "target"), { recursive: true });
const out = join(REPO, "target", "bench.json");
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), query: QUERY, loads: LOADS, keystrokes: KEYSTROKES, files, total, profiles }, null, 2),
);
console.log(`\nwritten: ${out}`);
