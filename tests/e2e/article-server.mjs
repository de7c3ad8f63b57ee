// Serves the demo blog article (fixtures/article.html) for the e2e tests and `.ci/serve`.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Serves the demo blog article (fixtures/article.html) as a blogger's page would: on its own
 * origin, "localhost", while the widget is on 127.0.0.1, so the iframe is cross-origin.
 * `query` is appended to the widget URL; `iframeAttributes` go on the iframe (e.g. a sandbox);
 * `allow` is its permissions policy, the README snippet's by default ("" as a blogger who left it out).
 */
export function serveArticle({ widgetUrl, query = "", iframeAttributes = "", allow = "clipboard-write", port = 0 }) {
  const fixtures = join(here, "fixtures");
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/article.html") {
      const html = readFileSync(join(fixtures, "article.html"), "utf8")
        .replaceAll("%WIDGET_URL%", widgetUrl)
        .replaceAll("%WIDGET_QUERY%", query)
        .replaceAll("%IFRAME_ATTRIBUTES%", iframeAttributes)
        .replaceAll("%IFRAME_ALLOW%", allow);
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(html);
    } else if (path === "/article.css") {
      res.writeHead(200, { "Content-Type": "text/css; charset=utf-8" });
      res.end(readFileSync(join(fixtures, "article.css")));
    } else if (path === "/favicon.ico") {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ready) => {
    server.listen(port, "127.0.0.1", () => {
      const origin = `http://localhost:${server.address().port}`;
      ready({ server, origin, url: `${origin}/article.html` });
    });
  });
}
