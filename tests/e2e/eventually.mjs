// Polls until a check holds: for what settles after a message round trip or a render (an
// iframe's height, a copy status, the live widget). Shared by the Playwright tests and the
// WebDriver suite (tests/webdriver).
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

/** Resolves to `check()`'s first truthy result; fails naming `what` after `timeout` ms. */
export async function eventually(check, what, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() - start > timeout) assert.fail(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
