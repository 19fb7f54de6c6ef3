// The plan's public pages at 360×740, in French and Arabic: the plan, an
// axis, a measure and the quarter view — zero axe-core violations, no
// horizontal scrolling, screenshots of each —, reached from the plan by
// the keyboard, and the quarter view's year form working without
// JavaScript.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoOverflow, VIEWPORTS, assertNoAxeViolations, launch, screenshotPath, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The page is no wider than the phone's screen. */
const PAGES = [
  ['plan', '/plan'],
  ['axis', '/plan/axes/sensibiliser'],
  ['measure', '/plan/measures/3'],
  ['quarters', '/plan/quarters'],
];

for (const lang of ['fr', 'ar']) {
  describe(`the plan's pages (${lang})`, () => {
    for (const [name, path] of PAGES) {
      test(`${name}: accessible, no horizontal scrolling`, { timeout: 120_000 }, async () => {
        await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
          await visit(page, `/${lang}${path}`);
          assert.equal(await page.locator('main h1').count(), 1);
          await assertNoOverflow(page, `${name} (${lang})`);
          await assertNoAxeViolations(page, `plan ${name} (${lang})`);
          await page.screenshot({ path: screenshotPath(`plan-${name}-${lang}-phone`), fullPage: true });
        });
      });
    }

    test('from the plan to a measure with the keyboard only', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await visit(page, `/${lang}/plan`);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/plan/measures/3`, 120, 'measure 3');
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/plan/measures/3$`)), page.keyboard.press('Enter')]);
        const evidence = await page.locator('#measure-evidence').innerText();
        assert.match(evidence, /\d+/, `the number of labelled EPN: ${evidence}`);
        assert.equal(await page.locator(`#measure-evidence a[href="/${lang}/label"]`).count(), 1, 'the label page is linked');
        assert.ok(await page.locator('li.deliverable').count() > 0, 'its deliverables are listed');
      });
    });
  });
}

test('without JavaScript, the quarter view shows one year', { timeout: 90_000 }, async () => {
  await withPage(browser, { javaScriptEnabled: false, viewport: VIEWPORTS.phone }, async (page) => {
    await visit(page, '/fr/plan/quarters');
    assert.equal(await page.locator('section.plan-quarter').count(), 16, 'the 16 quarters of 2021-2024');
    await page.locator('#year').selectOption('2022');
    await Promise.all([
      page.waitForURL(/\/fr\/plan\/quarters\?year=2022$/),
      page.locator('main form button[type="submit"]').click(),
    ]);
    assert.equal(await page.locator('#year').inputValue(), '2022');
    const headings = await page.locator('section.plan-quarter h2').allInnerTexts();
    assert.equal(headings.length, 4, `four quarters: ${headings}`);
    assert.ok(headings.every((h) => h.includes('2022')), `all of 2022: ${headings}`);
    await assertNoOverflow(page, 'quarters of 2022');
  });
});
