// The WebDriver end-to-end suite (suite.mjs) in chromium: see engines.mjs for how it is driven.
import { defineSuite } from "./suite.mjs";

defineSuite("chromium");
