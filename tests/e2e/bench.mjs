// The bench command (`.ci/bench`): transfer sizes of everything the page loads, cold-load
// milestones (7 loads) and keystroke latency (200 keystrokes), throttled to a cheap phone and
// unthrottled, against dist/ served with gzip/brotli as a real static host would. Prints one
// table and writes target/bench.json so two runs can be compared.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import { DIST, REPO, launchBrowser, serveDist } from "./harness.mjs";
import { THROTTLED, UNTHROTTLED, coldLoad, keystrokes, summarize } from "./measure.mjs";

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 200);

const files = readdirSync(DIST)
  .filter((name) => /\.(html|js|wasm|css|svg)$/.test(name) && name !== "embed.js")
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(DIST, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
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
    for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(browser, server, profile));
    const typing = await keystrokes(browser, server, profile, KEYSTROKES);
    profiles[profile.name] = {
      fcp: summarize(loads.map((l) => l.fcp)),
      interactive: summarize(loads.map((l) => l.interactive)),
      table: summarize(loads.map((l) => l.table)),
      keystroke: summarize(typing.latencies),
    };
  }
} finally {
  await browser.close();
  server.server.close();
}

const ms = (v) => `${v.toFixed(1)}`.padStart(8);
const pad = (v, w) => String(v).padStart(w);
console.log("transfer sizes (bytes)");
console.log(`${"file".padEnd(44)}${pad("raw", 9)}${pad("gzip", 9)}${pad("brotli", 9)}`);
for (const f of [...files, { name: "total", ...total }]) {
  console.log(`${f.name.padEnd(44)}${pad(f.raw, 9)}${pad(f.gzip, 9)}${pad(f.brotli, 9)}`);
}
console.log(`\ntimings (ms): median [min–max], ${LOADS} cold loads; keystrokes: median / p95 of ${KEYSTROKES}`);
console.log(`${"profile".padEnd(13)}${"FCP".padStart(22)}${"interactive".padStart(22)}${"table".padStart(22)}${"keystroke".padStart(20)}`);
for (const [name, p] of Object.entries(profiles)) {
  const span = (s) => `${ms(s.median)} [${s.min.toFixed(0)}–${s.max.toFixed(0)}]`.padStart(22);
  console.log(
    `${name.padEnd(13)}${span(p.fcp)}${span(p.interactive)}${span(p.table)}${`${ms(p.keystroke.median)} /${ms(p.keystroke.p95)}`.padStart(20)}`,
  );
}
mkdirSync(join(REPO, "target"), { recursive: true });
const out = join(REPO, "target", "bench.json");
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), loads: LOADS, keystrokes: KEYSTROKES, files, total, profiles }, null, 2),
);
console.log(`\nwritten: ${out}`);
