// Where things are on a reader's screen: the answer beside the field being typed in (with the
// on-screen keyboard up), tables and fields that fit their cards at every width, the embed's
// colours, and how tall an embed is.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { mkdirSync } from "node:fs";

import { SCREENSHOTS, assertClean, chromiumAndDist, openWidget, screenshot, watchedPage } from "./harness.mjs";

const env = chromiumAndDist();
const LANGS = ["zh-TW", "en", "ja"];

/** A 390 px phone with the on-screen keyboard up: about 45% of its 844 px screen is keyboard. */
const PHONE_WITH_KEYBOARD = { viewport: { width: 390, height: 464 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** The element's box in the viewport, and whether all of it is on screen. */
async function onScreen(page, selector) {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), visible: box.top >= 0 && box.bottom <= innerHeight };
  });
}

describe("the answer is where the eye is", () => {
  for (const scope of ["monthly", "addon"]) {
    for (const lang of LANGS) {
      for (const [field, text] of [
        ["#messages", "12000"],
        ["#budget", "2400"],
      ]) {
        test(`390x464 (keyboard up), ${scope}, ${lang}: typing in ${field} shows #result-summary too`, async () => {
          const { context, page, problems } = await watchedPage(env.browser, env.root.origin, PHONE_WITH_KEYBOARD);
          await openWidget(page, `${env.root.url}?lang=${lang}&scope=${scope}`);
          // What Chromium on a phone does when the keyboard would cover the focused field: it
          // scrolls the field to the middle of what is left of the screen.
          await page.locator(field).evaluate((input) => input.scrollIntoView({ block: "center" }));
          await page.locator(field).tap();
          await page.keyboard.type(text);
          await page.locator("#result-summary").filter({ hasText: /\d/ }).waitFor();
          const typed = await onScreen(page, field);
          const answer = await onScreen(page, "#result-summary");
          assert.ok(typed.visible, `the field stays on screen: ${JSON.stringify(typed)}`);
          assert.ok(answer.visible, `the answer is on screen while typing: ${JSON.stringify(answer)}, field ${JSON.stringify(typed)}`);
          assertClean(assert, problems);
          await context.close();
        });
      }
    }
  }

  for (const lang of LANGS) {
    test(`390x844, ${lang}: the estimator is one tap away from the first screen`, async () => {
      const { context, page, problems } = await watchedPage(env.browser, env.root.origin, {
        viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
      });
      await openWidget(page, `${env.root.url}?lang=${lang}`);
      const link = page.locator('a[href="#estimator"]');
      assert.ok((await onScreen(page, 'a[href="#estimator"]')).visible, "the link is on the first screen");
      await link.tap();
      await page.waitForFunction(() => {
        const box = document.getElementById("friends").getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      assertClean(assert, problems);
      await context.close();
    });
  }
});

/** Every table's overflow, measured: whether it is wider than its card or its own box, and the narrowest status cell. */
function measureTables() {
  return [...document.querySelectorAll(".card table")].map((table) => {
    const card = table.closest(".card");
    const style = getComputedStyle(card);
    const cardContent = card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const wrap = table.parentElement;
    const statusCells = [...table.querySelectorAll("tbody tr")]
      .map((row) => row.lastElementChild)
      .filter((cell) => getComputedStyle(cell).display === "table-cell");
    const em = parseFloat(getComputedStyle(table).fontSize);
    return {
      table: table.id || table.className,
      wider: Math.round(table.getBoundingClientRect().width - cardContent),
      scrolls: wrap.scrollWidth - wrap.clientWidth,
      narrowestLastColumnEm: statusCells.length ? Math.min(...statusCells.map((c) => c.clientWidth / em)) : null,
    };
  });
}

describe("tables fit their cards", () => {
  const WIDTHS = [320, 390, 560, 720, 859, 860, 1024, 1280];
  for (const region of ["tw", "jp"]) for (const lang of LANGS) {
    for (const tax of [false, true]) {
      test(`${region}, ${lang}, tax ${tax ? "on" : "off"}: at ${WIDTHS.join(", ")} px no table is wider than its card`, async () => {
        const { context, page, problems } = await watchedPage(env.browser, env.root.origin, { viewport: { width: 1280, height: 800 } });
        // The old prices too, and a count that needs add-ons (estimate badges in both tables).
        await openWidget(page, `${env.root.url}?region=${region}&lang=${lang}&m=12000&old=1${tax ? "&tax=1" : ""}`);
        await page.locator("#old-plan-table").waitFor();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const tables = await page.evaluate(measureTables);
          assert.ok(tables.length >= (region === "tw" ? 3 : 2), "the plan and old-plan tables (and the tier breakdown)");
          for (const t of tables) {
            const where = `${width} px, ${t.table}: ${JSON.stringify(t)}`;
            assert.ok(t.wider <= 0, `not wider than its card (${where})`);
            assert.ok(t.scrolls <= 0, `nothing hidden to scroll to (${where})`);
            // A status or subtotal column squeezed to a character or two per line reads as nothing.
            if (t.narrowestLastColumnEm !== null) assert.ok(t.narrowestLastColumnEm >= 5, `last column readable (${where})`);
          }
        }
        if (region === "tw" && lang !== "ja" && tax) {
          await page.setViewportSize({ width: 1280, height: 800 });
          console.log(`screenshot: ${await screenshot(page, `layout-tables-1280-${lang}`)}`);
        }
        assertClean(assert, problems);
        await context.close();
      });
    }
  }
});

/** Each field's room for text against what it must show, and each checkbox's size. */
function measureFields() {
  const canvas = document.createElement("canvas").getContext("2d");
  const textWidth = (input, text) => {
    const style = getComputedStyle(input);
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return canvas.measureText(text).width;
  };
  const fields = [...document.querySelectorAll(".field__input")].map((input) => ({
    id: input.id,
    room: input.clientWidth,
    // The placeholder whole, and a 9-character figure ("1,234,567") with room to spare.
    needs: Math.ceil(Math.max(textWidth(input, input.placeholder), textWidth(input, "1,234,567"))),
  }));
  const boxes = [...document.querySelectorAll(".toggle__input")].map((box) => {
    const rect = box.getBoundingClientRect();
    return { id: box.id, width: Math.round(rect.width), height: Math.round(rect.height) };
  });
  return { fields, boxes };
}

describe("every field keeps a usable width", () => {
  const WIDTHS = [320, 390, 480, 560, 640, 720, 860, 1024, 1280];
  for (const embed of [false, true]) {
    for (const lang of LANGS) {
      test(`${embed ? "embed" : "page"}, ${lang}: at ${WIDTHS.join(", ")} px each field shows its placeholder and a 7-digit figure, each checkbox is whole`, async () => {
        const { context, page, problems } = await watchedPage(env.browser, env.root.origin, { viewport: { width: 720, height: 800 } });
        await openWidget(page, `${env.root.url}?lang=${lang}&old=1${embed ? "&embed=1" : ""}`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const { fields, boxes } = await page.evaluate(measureFields);
          assert.equal(fields.length, 6, "the two fields, the estimator's two, and the planner's count and date");
          for (const field of fields) {
            assert.ok(field.room >= field.needs, `${width} px: #${field.id} has room for its text: ${JSON.stringify(field)}`);
          }
          for (const box of boxes) {
            assert.deepEqual([box.width, box.height], [22, 22], `${width} px: #${box.id} is not squeezed by its label`);
          }
        }
        if (embed && lang === "en") {
          await page.setViewportSize({ width: 720, height: 800 });
          console.log(`screenshot: ${await screenshot(page, "layout-fields-embed-720-en")}`);
        }
        assertClean(assert, problems);
        await context.close();
      });
    }
  }
});

// Issue 21, point 9, as seen: at 320 px, dark, Thailand, English the chart's "฿0" and "0" touched
// and read as "฿00"; 資料來源 was a disclosure with no marker (a heading with nothing under it).
describe("small things seen (issue 21)", () => {
  const SMALL_DARK = { viewport: { width: 320, height: 568 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: "dark" };

  test("320 px dark, Thailand, English: the axes' zeros stand apart", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { context, page, problems } = await watchedPage(env.browser, env.root.origin, SMALL_DARK);
    await openWidget(page, `${env.root.url}?lang=en&region=th&m=20000`);
    const chart = page.locator("#cost-chart svg").first();
    await chart.scrollIntoViewIfNeeded();
    const boxes = await chart.evaluate((svg) => {
      const box = (text) => {
        const r = text.getBoundingClientRect();
        return { text: text.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      const texts = [...svg.querySelectorAll("text")];
      return {
        amount: box(texts.find((text) => text.textContent === "฿0")),
        count: box(texts.find((text) => text.textContent === "0")),
      };
    });
    const { amount, count } = boxes;
    const apart = Math.max(count.top - amount.bottom, count.left - amount.right);
    console.log(`the zeros: ${JSON.stringify(boxes)}; apart by ${apart.toFixed(1)} px`);
    assert.ok(count.top - amount.bottom >= 1, `"฿0" clear above the count axis's "0": ${JSON.stringify(boxes)}`);
    await chart.screenshot({ path: `${SCREENSHOTS}/trust-chart-zeros-320-dark-th-en.png` });
    assertClean(assert, problems);
    await context.close();
  });

  for (const lang of ["zh-TW", "en"]) {
    test(`${lang}: the sources disclosure shows it opens, and that it is open`, async () => {
      const { context, page, problems } = await watchedPage(env.browser, env.root.origin, SMALL_DARK);
      await openWidget(page, `${env.root.url}?lang=${lang}`);
      const summary = page.locator(".notes__sources > summary").first();
      await summary.scrollIntoViewIfNeeded();
      const marker = () => summary.evaluate((element) => getComputedStyle(element, "::before").content);
      assert.equal(await marker(), '"▸"');
      await summary.click();
      assert.equal(await marker(), '"▾"');
      await page.locator(".notes").first().screenshot({ path: `${SCREENSHOTS}/trust-sources-320-dark-${lang}.png` });
      assertClean(assert, problems);
      await context.close();
    });
  }
});

describe("tier cards' headings", () => {
  for (const width of [320, 390]) {
    for (const lang of ["zh-TW", "en"]) {
      test(`${width} px, ${lang}: "Total" starts where the tiers' headings do, and "Tier 1" reads as two words`, async () => {
        const { context, page, problems } = await watchedPage(env.browser, env.root.origin, { viewport: { width, height: 800 } });
        await openWidget(page, `${env.root.url}?lang=${lang}&m=80000`);
        await page.locator("#tier-breakdown tfoot th").waitFor();
        const headings = await page.evaluate(() =>
          [...document.querySelectorAll("#tier-breakdown th[scope=row]")].map((th) => {
            const style = getComputedStyle(th);
            const contentLeft = th.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
            const range = document.createRange();
            range.selectNodeContents(th);
            const text = range.getBoundingClientRect();
            const label = getComputedStyle(th, "::before").content;
            const canvas = document.createElement("canvas").getContext("2d");
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const labelWidth = label === "none" ? 0 : canvas.measureText(label.slice(1, -1)).width;
            const em = parseFloat(style.fontSize);
            return { text: th.textContent, label, indent: text.left - contentLeft, gap: text.left - contentLeft - labelWidth, em };
          }),
        );
        console.log(`headings: ${JSON.stringify(headings)}`);
        const total = headings.at(-1);
        assert.equal(total.label, "none", `the total has no label before it: ${JSON.stringify(total)}`);
        assert.ok(Math.abs(total.indent) < 1, `the total is not indented: ${JSON.stringify(total)}`);
        for (const tier of headings.slice(0, -1)) {
          // The label ("Tier") stands before the number a word's space away, not a column's.
          assert.ok(tier.gap >= 0.2 * tier.em && tier.gap <= 0.5 * tier.em, `"${tier.label} ${tier.text}": ${JSON.stringify(tier)}`);
        }
        assertClean(assert, problems);
        await context.close();
      });
    }
  }
});

describe("a plan's badge is one pill", () => {
  for (const width of [860, 1024]) {
    for (const lang of LANGS) {
      test(`${width} px, ${lang}, Thailand at 20,000 (a tie): "Same cost" and "Cheapest" each on one line`, async () => {
        const { context, page, problems } = await watchedPage(env.browser, env.root.origin, { viewport: { width, height: 800 } });
        await openWidget(page, `${env.root.url}?lang=${lang}&region=th&m=20000&tax=1`);
        await page.locator("#plan-table .badge--same").waitFor();
        const badges = await page.evaluate(() =>
          [...document.querySelectorAll("#plan-table th .badge")].map((badge) => ({
            text: badge.textContent,
            lines: badge.getClientRects().length === 1 ? Math.round(badge.getBoundingClientRect().height / parseFloat(getComputedStyle(badge).lineHeight)) : -1,
          })),
        );
        assert.equal(badges.length, 2, JSON.stringify(badges));
        for (const badge of badges) assert.equal(badge.lines, 1, JSON.stringify(badge));
        assertClean(assert, problems);
        await context.close();
      });
    }
  }
});
