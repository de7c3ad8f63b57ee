// Raw, gzip -9 and brotli q11 sizes of files in dist/: shared by the size report and the bench.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** One row per file of `dir` whose name matches `pattern`, sorted by name. */
export function fileSizes(dir, pattern) {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return {
        name,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }).length,
      };
    });
}

/** Prints rows (and an optional total row) as an aligned table. */
export function printSizes(rows) {
  const pad = (value, width) => String(value).padStart(width);
  console.log(`${"file".padEnd(44)}${pad("raw", 10)}${pad("gzip", 10)}${pad("brotli", 10)}`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(44)}${pad(row.raw, 10)}${pad(row.gzip, 10)}${pad(row.brotli, 10)}`);
  }
}
