// How every test layer starts Debian's Chromium as root on this closed network (no dependencies, so
// tests/webdriver imports it too).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  // Without these Chromium floods the closed network with refused connections.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
