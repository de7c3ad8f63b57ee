// The three engines the readers use, each behind its own W3C WebDriver server, driven by
// selenium-webdriver (the Selenium project's own bindings: classic WebDriver plus BiDi).
//
//   chromium  Debian's chromedriver + /usr/bin/chromium, headless
//   webkit    WebKitGTK's WebKitWebDriver + MiniBrowser, in a private Xvfb display
//   firefox   geckodriver (built from crates.io) + /usr/bin/firefox-esr -headless
//
// Every process is started here and stopped here, by its own process id: the display, the
// driver, and whatever the driver started (the browser and its helpers, found by walking
// /proc from the driver's pid), even when a test fails or the session never started.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { Builder } from "selenium-webdriver";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium-flags.mjs";

const WEBKIT_LIB = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1";

export const ENGINES = {
  chromium: {
    label: "Chromium",
    driver: process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver",
    driverArgs: (port) => [`--port=${port}`],
    capabilities: (profile) => ({
      browserName: "chrome",
      webSocketUrl: true,
      "goog:chromeOptions": {
        binary: CHROMIUM_PATH,
        args: [
          "--headless=new",
          ...CHROMIUM_ARGS,
          "--lang=zh-TW",
          `--user-data-dir=${profile}`,
          "--window-size=390,844",
        ],
      },
    }),
  },
  webkit: {
    label: "WebKitGTK",
    driver: process.env.WEBKITWEBDRIVER ?? "/usr/bin/WebKitWebDriver",
    driverArgs: (port) => [`--port=${port}`],
    display: true,
    capabilities: () => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: process.env.MINIBROWSER ?? `${WEBKIT_LIB}/MiniBrowser`,
        // No BiDi in WebKitGTK 2.50's driver (a session asking for webSocketUrl is refused),
        // and MiniBrowser's --enable-write-console-messages-to-stdout prints nothing under
        // --automation: the suite watches the page itself and the CSP reports instead.
        args: ["--automation"],
      },
    }),
  },
  firefox: {
    label: "Firefox ESR",
    driver: process.env.GECKODRIVER ?? `${process.env.HOME}/.cargo/bin/geckodriver`,
    driverArgs: (port) => [`--port=${port}`, "--log=warn"],
    capabilities: () => ({
      browserName: "firefox",
      webSocketUrl: true,
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
        args: ["-headless", "-width=390", "-height=844"],
        prefs: {
          "intl.accept_languages": "zh-TW",
          // Nothing of Firefox's own (updates, telemetry, safe browsing) on the closed network.
          "app.update.disabledForTesting": true,
          "browser.safebrowsing.malware.enabled": false,
          "browser.safebrowsing.phishing.enabled": false,
          "datareporting.policy.dataSubmissionEnabled": false,
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
        },
      },
    }),
  },
};

/** A free TCP port on loopback (bound and released: good enough for one test run). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Every live descendant of `pid`, deepest first (read from /proc). */
export function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  const found = [];
  const walk = (parent) => {
    for (const child of children.get(parent) ?? []) {
      walk(child);
      found.push(child);
    }
  };
  walk(pid);
  return found;
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
  } catch {
    return false;
  }
};

/** Stops each pid (SIGTERM, then SIGKILL after `grace` ms); resolves once all are gone. */
export async function stopPids(pids, grace = 3000) {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  const deadline = Date.now() + grace;
  while (pids.some(alive) && Date.now() < deadline) await sleep(50);
  for (const pid of pids.filter(alive)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Gone between the check and the kill.
    }
  }
  while (pids.some(alive)) await sleep(20);
}

/** Spawns a process whose output is kept (for the console log and for failure reports). */
function launch(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe", ...(options.extraStdio ?? [])], ...options });
  const output = { text: "" };
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      output.text += chunk;
    });
  }
  child.on("error", (error) => {
    output.text += `\n[spawn error] ${error.message}`;
  });
  return { child, output };
}

/** A private X display for WebKitGTK: Xvfb picks a free number and tells it on fd 3. */
async function startDisplay() {
  const { child, output } = launch(
    "Xvfb",
    ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset"],
    { extraStdio: ["pipe"] },
  );
  const number = await new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display number: ${output.text}`)), 10000);
    child.stdio[3].setEncoding("utf8");
    child.stdio[3].on("data", (chunk) => {
      text += chunk;
      if (text.includes("\n")) {
        clearTimeout(timer);
        resolve(text.trim());
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${output.text}`));
    });
  });
  return { pid: child.pid, display: `:${number}` };
}

async function waitForDriver(url, output, child) {
  const deadline = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the driver exited (${child.exitCode}): ${output.text}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok && (await response.json()).value?.ready !== false) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the driver never answered: ${output.text}`);
    await sleep(100);
  }
}

/** Processes started here and not yet stopped: killed by pid if this process is interrupted. */
const running = new Set();
function killRunning() {
  for (const pid of running) {
    for (const child of descendants(pid)) {
      try {
        process.kill(child, "SIGKILL");
      } catch {
        // Gone.
      }
    }
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Gone.
    }
  }
  running.clear();
}
process.on("exit", killRunning);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    killRunning();
    process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
  });
}

/**
 * Starts `name`'s display (if any), driver and browser session. Resolves to
 * { name, label, driver, browserVersion, consoleErrors(), stop() }; `stop()` ends everything
 * this started, by pid, and is safe to call twice or after a failed start.
 */
export async function startEngine(name) {
  const engine = ENGINES[name];
  if (!engine) throw new Error(`unknown engine ${name}`);
  const started = { pids: [], profile: mkdtempSync(join(tmpdir(), `wd-${name}-`)) };
  let session;
  let driverProcess;
  const stop = async () => {
    if (session) {
      const quitting = session.quit().catch(() => {});
      await Promise.race([quitting, sleep(10000)]);
      session = undefined;
    }
    // The driver's children (the browser and its helpers) first, then the driver, the display.
    const tree = driverProcess ? [...descendants(driverProcess.pid), driverProcess.pid] : [];
    await stopPids(tree);
    if (driverProcess) running.delete(driverProcess.pid);
    for (const pid of started.pids) running.delete(pid);
    await stopPids(started.pids.splice(0));
    rmSync(started.profile, { recursive: true, force: true });
  };
  try {
    const env = { ...process.env };
    if (engine.display) {
      const display = await startDisplay();
      started.pids.push(display.pid);
      running.add(display.pid);
      env.DISPLAY = display.display;
    }
    const port = await freePort();
    const { child, output } = launch(engine.driver, engine.driverArgs(port), { env });
    driverProcess = child;
    running.add(child.pid);
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url, output, child);
    session = await new Builder()
      .disableEnvironmentOverrides()
      .usingServer(url).withCapabilities(engine.capabilities(started.profile)).build();
    const capabilities = await session.getCapabilities();
    const browserVersion = capabilities.get("browserVersion") ?? capabilities.get("version");
    const consoleLog = await watchConsole(session, capabilities);
    return {
      name,
      label: engine.label,
      driver: session,
      browserVersion,
      consoleSource: consoleLog.source,
      consoleErrors: consoleLog.errors,
      driverOutput: () => output.text,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * What the page logs as an error, from the first byte of each page: WebDriver BiDi's
 * log.entryAdded where the session has BiDi (Chromium, Firefox). `errors()` returns the
 * entries since the last call. Without BiDi (WebKitGTK) it has nothing to say, and the suite's
 * page observer and CSP reports are the only watch.
 */
async function watchConsole(session, capabilities) {
  if (!capabilities.get("webSocketUrl")) return { source: "none (no BiDi)", errors: () => [] };
  const entries = [];
  const bidi = await session.getBidi();
  await bidi.subscribe("log.entryAdded");
  bidi.socket.on("message", (data) => {
    const message = JSON.parse(data.toString());
    if (message.method === "log.entryAdded" && message.params.level === "error") {
      entries.push(`${message.params.type}: ${message.params.text}`);
    }
  });
  return { source: "BiDi log.entryAdded", errors: () => entries.splice(0) };
}
