// The plan's budget at 360×740, in French and Arabic: the coordination
// enters a ledger row with the keyboard only — a wrong amount first (the
// summary takes the focus, the field is named, what was typed kept), then a
// right one —, reads the back office's tables and checks, imports a
// spreadsheet (mapping, preview of the bad rows), and anyone reads
// the public budget page; zero axe-core violations, screenshots of each.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focusedAfterErrors, launch, screenshotPath, signIn, tabUntil, visit,
  withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Tabs to the field `id` and replaces its value by `text`. */
async function typeInto(page, id, text) {
  await tabUntil(page, (f) => f.id === id, 80, `#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Tabs to the select `id` and moves its choice down `steps` options. */
async function choose(page, id, steps) {
  await tabUntil(page, (f) => f.id === id, 80, `#${id}`);
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
}

for (const lang of ['fr', 'ar']) {
  describe(`budget (${lang})`, () => {
    test('the coordination enters a ledger row with the keyboard only', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/budget`, 80, 'the budget link');
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/bo/budget$`)), page.keyboard.press('Enter')]);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/budget/rows/new`, 80, 'the entry link');
        await Promise.all([page.waitForURL(/\/bo\/budget\/rows\/new$/), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `budget entry form (${lang})`);
        await choose(page, 'source', 1);
        await choose(page, 'measure', 3);
        await typeInto(page, 'label', 'Printemps numérique (test)');
        await typeInto(page, 'supplier', 'Fournisseur clavier');
        await typeInto(page, 'amount', '1.2345');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        const f = await focusedAfterErrors(page);
        assert.match(f.className ?? '', /error-summary/, `the summary has the focus: ${JSON.stringify(f)}`);
        assert.equal(await page.locator('a[href="#amount"]').count(), 1, 'the summary names the amount');
        assert.equal(await page.locator('#amount').inputValue(), '1.2345', 'what was typed is kept');
        assert.equal(await page.locator('#measure').inputValue(), '3', 'the chosen measure is kept');
        await assertNoAxeViolations(page, `budget entry with errors (${lang})`);
        await page.screenshot({ path: screenshotPath(`budget-entry-errors-${lang}-phone`), fullPage: true });
        await typeInto(page, 'amount', '1 234,56');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        if (await page.locator('#overspend').count()) {
          // A demo budget line it goes beyond: confirm with the keyboard.
          await tabUntil(page, (x) => x.name === 'confirm', 80, 'save anyway');
          await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        }
        assert.match(page.url(), /\/bo\/budget\/rows\/\d+\?saved=1$/);
        assert.equal(await page.locator('p.notice[role="status"]').count(), 1, 'saved is said');
        const row = await page.locator('#budget-row').innerText();
        assert.match(row, /1\s234,56/, `the row shows its amount: ${row}`);
        await assertNoAxeViolations(page, `budget row (${lang})`);
        await page.screenshot({ path: screenshotPath(`budget-row-${lang}-phone`), fullPage: true });
      });
    });

    test('the back office shows the tables and the checks', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/budget?year=2021`);
        for (const id of ['budget-planned', 'budget-actual', 'budget-variance', 'budget-other', 'budget-measures']) {
          assert.equal(await page.locator(`#${id} caption`).count(), 1, `${id} has a caption`);
        }
        await assertNoAxeViolations(page, `budget tables (${lang})`);
        await page.screenshot({ path: screenshotPath(`budget-tables-${lang}-phone`), fullPage: true });
        await visit(page, `/${lang}/bo/budget/rows`);
        await assertNoAxeViolations(page, `budget ledger (${lang})`);
        await page.screenshot({ path: screenshotPath(`budget-ledger-${lang}-phone`), fullPage: true });
      });
    });

    test('the coordination imports a spreadsheet: mapping, then every bad row named', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/budget/import`);
        await assertNoAxeViolations(page, `budget import (${lang})`);
        const csv = 'Année,Phase,Source,Mesure,Libellé,Montant\n2024,actual,cirb-pan,3,Affiches,"1 250,50"\n2024,actual,cirb-pan,99,Inconnue,"1,2345"\n';
        await page.setInputFiles('#file', { name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await Promise.all([page.waitForNavigation(), page.locator('form[enctype] button[type=submit]').click()]);
        assert.equal(await page.locator('#map-measure').inputValue(), 'Mesure', 'the measure column is guessed');
        await assertNoAxeViolations(page, `budget import mapping (${lang})`);
        await page.screenshot({ path: screenshotPath(`budget-import-map-${lang}-phone`), fullPage: true });
        await Promise.all([page.waitForNavigation(), page.locator('form[action$="/preview"] button[type=submit]').click()]);
        const problems = await page.locator('#import-problems').innerText();
        assert.match(problems, /3/, `the bad row's line: ${problems}`);
        await assertNoAxeViolations(page, `budget import preview (${lang})`);
        await page.screenshot({ path: screenshotPath(`budget-import-preview-${lang}-phone`), fullPage: true });
      });
    });

    test('anyone reads the public budget page', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await visit(page, `/${lang}/plan/budget?year=2021`);
        assert.equal(await page.locator('#budget-planned caption').count(), 1);
        await assertNoAxeViolations(page, `public budget (${lang})`);
        await page.screenshot({ path: screenshotPath(`budget-public-${lang}-phone`), fullPage: true });
      });
    });
  });
}
