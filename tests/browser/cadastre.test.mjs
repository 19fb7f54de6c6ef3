// The funding cadastre, with the keyboard only at 360×740: the demo EPN
// manager enters a year for their labelled place (resources, costs, staff) —
// a wrong amount first (the
// summary takes the focus, the field is named, the typed text kept), then a
// correct one — and the coordination reads the year's table with its totals;
// zero axe-core violations in French and Arabic, screenshots of each.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focusedAfterErrors, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Tabs to the field `id` and replaces its value by `text`. */
async function typeInto(page, id, text) {
  await tabUntil(page, (f) => f.id === id, 200, `#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

for (const lang of ['fr', 'ar']) {
  describe(`cadastre (${lang})`, () => {
    test('an EPN manager enters a year of their labelled place, with the keyboard only', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.epn, lang);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/cadastre`, 80, 'the cadastre link');
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/bo/cadastre$`)), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `cadastre list (EPN manager, ${lang})`);
        await tabUntil(page, (f) => f.tag === 'a' && new RegExp(`^/${lang}/bo/cadastre/\\d+$`).test(f.href ?? ''), 80, 'a labelled place of theirs');
        await Promise.all([page.waitForURL(/\/bo\/cadastre\/\d+$/), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `cadastre of a place (${lang})`);
        await typeInto(page, 'received-region-digital-inclusion', 'beaucoup');
        await typeInto(page, 'cost_running', '1200,50');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        const f = await focusedAfterErrors(page);
        assert.match(f.className ?? '', /error-summary/, `the summary has the focus: ${JSON.stringify(f)}`);
        assert.match(await page.title(), lang === 'fr' ? /^Erreur/ : /خطأ/, 'the title says there is an error');
        assert.equal(await page.locator('#received-region-digital-inclusion').inputValue(), 'beaucoup', 'what was typed is kept');
        assert.equal(await page.locator('#cost_running').inputValue(), '1200,50', 'the other values too');
        assert.equal(await page.locator('a[href="#received-region-digital-inclusion"]').count(), 1, 'the summary names the field');
        await assertNoAxeViolations(page, `cadastre form with errors (${lang})`);
        await page.screenshot({ path: screenshotPath(`cadastre-errors-${lang}-phone`), fullPage: true });
        await typeInto(page, 'received-region-digital-inclusion', '24 000');
        await typeInto(page, 'staff-subsidised-animator-full', '2');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        assert.match(page.url(), /saved=\d{4}$/);
        assert.equal(await page.locator('[role="status"]').count(), 1, 'saved is said');
        const history = await page.locator('#cadastre-history').innerText();
        assert.match(history, /24\s000,00/, `the year's entry shows the amount: ${history}`);
        await assertNoAxeViolations(page, `cadastre saved (${lang})`);
        await page.screenshot({ path: screenshotPath(`cadastre-place-${lang}-phone`), fullPage: true });
      });
    });

    test('the coordination reads the year\'s table with its totals', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/cadastre?year=2025`);
        const rows = await page.locator('#cadastre-entries tbody tr').count();
        assert.ok(rows >= 2, `the demo's illustrative entries: ${rows}`);
        assert.ok(await page.locator('#cadastre-funders tfoot').count() === 1, 'the totals per funder');
        await assertNoAxeViolations(page, `cadastre year (coordination, ${lang})`);
        await page.screenshot({ path: screenshotPath(`cadastre-year-${lang}-phone`), fullPage: true });
      });
    });
  });
}
