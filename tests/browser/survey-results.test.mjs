// Survey results at 360×740, in French and Arabic: the coordination's
// analysis of the demo's 2021 edition and the public summary
// `/{lang}/survey/2021` — zero axe-core violations, the report's figures
// (352 answers, participation 6.2 %, written as each language writes it),
// no sideways scrolling on a phone, the public summary without JavaScript,
// no count under 5 anywhere in the public summary's tables, the
// importance/performance chart's labels inside it, and the comparison with
// the demo's 2019 edition.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, launch, screenshotPath, signIn, url, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** How each language writes the participation of the 2021 edition. */
const RATE = { fr: '6,2 %', ar: '6.2 %' };

/** Text as read: without the bidi isolates put around arguments in Arabic, spaces plain. */
function plain(text) {
  return text.replace(/[\u2066-\u2069]/g, '').replace(/[\u00a0\u202f]/g, ' ');
}

/** The page never scrolls sideways: wide tables scroll inside their own box. */
async function assertNoSidewaysScroll(page, label) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= VIEWPORTS.phone.width, `${label}: no sideways scrolling on a phone, the page is ${width}px wide`);
}

/** Every label of the importance/performance chart lies inside the chart (in Arabic they once spilled out). */
async function assertMatrixLabelsInside(page, label) {
  const outside = await page.evaluate(() => {
    const svg = document.querySelector('figure.survey-matrix svg');
    if (!svg) return ['no chart'];
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
      })
      .map((t) => t.textContent);
  });
  assert.deepEqual(outside, [], `${label}: chart labels outside the chart`);
}

/** The public summary's main text and the counts of its tables. */
async function assertPublicSummary(page, lang) {
  assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
  const main = plain(await page.locator('main').innerText());
  assert.ok(main.includes('352'), 'the 352 answers are given');
  assert.ok(main.includes(RATE[lang]), `the participation is given as ${RATE[lang]}`);
  assert.equal(await page.locator('main .notice[role="note"]').count(), 1, 'generated answers are said to be illustrative');
  // Small cells: every whole number in a question's table is 0 or at least
  // 5; hidden ones are marked, and some are (the 2021 edition has small groups).
  const cells = await page.locator('main section.survey-question table td').allInnerTexts();
  assert.ok(cells.length > 50, `the questions' tables are there (${cells.length} cells)`);
  const small = cells
    .map((c) => c.replace(/[\s\u00a0\u202f]/g, ''))
    .filter((c) => /^\d+$/.test(c))
    .map(Number)
    .filter((n) => n > 0 && n < 5);
  assert.deepEqual(small, [], 'no count from 1 to 4 is shown publicly');
  assert.ok(await page.locator('main section.survey-question table td .suppressed').count() > 0, 'small counts are shown hidden');
}

for (const lang of ['fr', 'ar']) {
  describe(`survey results (${lang})`, () => {
    test('the coordination reads the 2021 analysis on a phone', { timeout: 240_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/survey/editions`);
        const href = await page.locator('main a[href*="/bo/survey/editions/"]', { hasText: '2021' }).first().getAttribute('href');
        assert.match(href ?? '', /\/bo\/survey\/editions\/\d+$/, `the 2021 edition's link: ${href}`);
        await visit(page, `${href}/results`);
        // The participation section and the participation table's figure once shared one id.
        assert.equal(await page.locator('[id="participation"]').count(), 1, 'ids are unique');
        const participation = plain(await page.locator('#results-participation').innerText());
        assert.ok(participation.includes('352'), 'the 352 answers');
        assert.ok(participation.includes(RATE[lang]), `the participation ${RATE[lang]}: ${participation.slice(0, 300)}`);
        assert.ok(await page.locator('details.survey-cross').count() > 20, 'the crosses, each in a disclosure');
        assert.equal(await page.locator('#matrix svg').count(), 1, 'the matrix chart');
        await assertMatrixLabelsInside(page, `survey results (${lang})`);
        // Compared with the demo's 2019 edition: both editions' answers in each table.
        const comparison = page.locator('#comparison details.survey-cross');
        assert.ok(await comparison.count() > 10, 'the comparison with 2019, question by question');
        const rows = await comparison.first().locator('tbody tr').allTextContents();
        assert.equal(rows.length, 2, `a row per edition: ${rows.join(' | ')}`);
        assert.ok(rows.some((r) => r.includes('2019')) && rows.some((r) => r.includes('2021')), rows.join(' | '));
        await assertNoAxeViolations(page, `survey results (${lang})`);
        await assertNoSidewaysScroll(page, `survey results (${lang})`);
        // A cross opened: its table and test stay within the phone's width.
        await page.locator('details.survey-cross summary').first().click();
        await assertNoAxeViolations(page, `survey results with a cross open (${lang})`);
        await assertNoSidewaysScroll(page, `survey results with a cross open (${lang})`);
        await page.screenshot({ path: screenshotPath(`survey-results-bo-${lang}-phone`), fullPage: true });
      });
    });

    test('the public summary shows the figures without small cells', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await visit(page, `/${lang}/survey/2021`);
        await assertPublicSummary(page, lang);
        await assertMatrixLabelsInside(page, `public survey summary (${lang})`);
        await assertNoAxeViolations(page, `public survey summary (${lang})`);
        await assertNoSidewaysScroll(page, `public survey summary (${lang})`);
        await page.screenshot({ path: screenshotPath(`survey-results-public-${lang}-phone`), fullPage: true });
      });
    });

    test('the public summary works without JavaScript', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, javaScriptEnabled: false }, async (page) => {
        await visit(page, `/${lang}/survey/2021`);
        await assertPublicSummary(page, lang);
        // A table downloads as CSV from its link.
        const csv = page.locator('main a[href$=".csv"]').first();
        const res = await page.request.get(url(await csv.getAttribute('href')));
        assert.equal(res.status(), 200);
        assert.match(res.headers()['content-type'] ?? '', /text\/csv/);
        assert.match(res.headers()['content-disposition'] ?? '', /^attachment; filename=/);
      });
    });
  });
}
