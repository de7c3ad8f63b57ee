// A small static host for dist/: serves it under a base path with the strict CSP the
// widget must run under, the right MIME types, and no fallback to index.html (a wrong
// path is a 404, as on a real static host). Used by `.ci/serve` and the e2e tests.
import { createServer } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

/** Text-like files a real static host would compress. */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".svg", ".json"]);
const compressed = new Map();

/** The body in the best encoding the request accepts (cached per file and encoding). */
function encode(file, body, acceptEncoding = "") {
  const encoding = /\bbr\b/.test(acceptEncoding) ? "br" : /\bgzip\b/.test(acceptEncoding) ? "gzip" : null;
  if (!encoding || !COMPRESSIBLE.has(extname(file))) return { body };
  const key = `${file}:${encoding}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === "br"
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return { body: compressed.get(key), encoding };
}

/**
 * Serves `root` under `basePath` (e.g. "/" or "/blog/tools/line-calc/").
 * `compress`: gzip/brotli as a production static host would (the bench); off by default.
 * Resolves to { server, origin, url } once listening on 127.0.0.1.
 */
export function serveDist({ root, basePath = "/", port = 0, host = "127.0.0.1", compress = false }) {
  const rootDir = resolve(root);
  const base = basePath.endsWith("/") ? basePath : `${basePath}/`;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(base)) return notFound(res);
    let relative = path.slice(base.length) || "index.html";
    if (relative.endsWith("/")) relative += "index.html";
    const file = normalize(join(rootDir, relative));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return notFound(res);
    try {
      if (!(await stat(file)).isFile()) return notFound(res);
      const raw = await readFile(file);
      const { body, encoding } = compress
        ? encode(file, raw, req.headers["accept-encoding"])
        : { body: raw };
      res.writeHead(200, {
        ...(encoding ? { "Content-Encoding": encoding, Vary: "Accept-Encoding" } : {}),
        "Content-Type": MIME[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": CSP,
        // A sandboxed iframe (no allow-same-origin) has an opaque origin, so its module
        // scripts and wasm are cross-origin fetches: public files, readable by anyone.
        "Access-Control-Allow-Origin": "*",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      notFound(res);
    }
  });
  return new Promise((ready) => {
    server.listen(port, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      ready({ server, origin, url: `${origin}${base}` });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": CSP });
  res.end("not found");
}

// `node server.mjs DIST [PORT] [BASE]`: serve until interrupted, with the demo blog article
// (tests/e2e/fixtures) on the next port, embedding the widget the way a blogger would.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = "dist", port = "8080", basePath = "/"] = process.argv.slice(2);
  const { url } = await serveDist({ root, port: Number(port), basePath });
  const { serveArticle } = await import("./article-server.mjs");
  const article = await serveArticle({ widgetUrl: url, port: Number(port) + 1 });
  console.log(`Serving ${root} with the strict CSP at ${url}  (Ctrl-C stops)`);
  console.log(`Demo blog article embedding it:    ${article.url}`);
}
