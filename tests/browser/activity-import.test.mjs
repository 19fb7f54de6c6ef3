// The activity import, at 360×740 with the keyboard only, in French and
// Arabic: an EPN manager goes from the activity list to the import page,
// chooses a CSV file with one good row and one bad row (the file chooser
// opened from the keyboard), sees nothing imported and the bad row named by
// its line and column (the summary focused), then ticks "the good rows
// only" and imports the good row; zero axe-core violations on every page.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focusedAfterErrors, launch, screenshotPath, signIn, tabUntil, url, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens the file chooser from the keyboard (Space on the focused file input) and gives it `file`. */
async function chooseFile(page, file) {
  await tabUntil(page, (f) => f.id === 'file', 60, 'the file input');
  // Chromium sometimes drops the first key press on a page that has just
  // loaded (the focus is there, the chooser does not open): press again,
  // a few times at most, still from the keyboard.
  for (let attempt = 1; ; attempt++) {
    try {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: 5_000 }),
        page.keyboard.press('Space'),
      ]);
      await chooser.setFiles(file);
      return;
    } catch (e) {
      if (attempt >= 4 || e.name !== 'TimeoutError') throw e;
    }
  }
}

async function submit(page) {
  await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && f.className === '', 20, 'the import button');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

describe('activity import', () => {
  for (const lang of ['fr', 'ar']) {
    test(`${lang}: a bad row named by its line and column, then the good rows only, keyboard only, on a phone`, { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, locale: lang === 'ar' ? 'ar' : 'fr-BE', bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.epn, lang);
        await visit(page, `/${lang}/bo/activity`);
        assert.ok(await page.locator('#activity-list tbody tr').count() > 0, 'the demo log is listed');
        await assertNoAxeViolations(page, `activity list ${lang}`);
        await page.screenshot({ path: screenshotPath(`activity-list-${lang}-phone`), fullPage: true });

        const link = page.locator(`a[href="/${lang}/bo/activity/import"]`);
        const linkText = (await link.innerText()).trim();
        await tabUntil(page, (f) => f.tag === 'a' && f.text === linkText, 60, 'the import link');
        await Promise.all([page.waitForURL(/activity\/import$/), page.keyboard.press('Enter')]);
        assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
        await assertNoAxeViolations(page, `import form ${lang}`);
        await page.screenshot({ path: screenshotPath(`activity-import-form-${lang}-phone`), fullPage: true });

        // The CSV template gives the columns and the demo EPN's place.
        const template = await page.request.get(url(`/${lang}/bo/activity/import/template?kind=support&format=csv`));
        assert.equal(template.status(), 200);
        const [header, example] = (await template.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
        assert.match(header, /"place","date","minutes"/);
        const place = example.split(',')[0].replaceAll('"', '');
        const today = example.split(',')[1].replaceAll('"', '');
        const csv = `${header}\n${place},${today},30,place,email,,helped,,import ${lang}\n${place},${today},30,place,cooking,,helped,,\n`;
        const file = { name: `activity-${lang}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) };

        await chooseFile(page, file);
        await submit(page);
        assert.ok((await focusedAfterErrors(page)).className.includes('error-summary'), 'the summary has the focus');
        const problem = page.locator('.import-problems > li');
        assert.equal(await problem.count(), 1, 'one problem');
        assert.match(await problem.locator('h3').innerText(), /3/, 'line 3: the header is line 1');
        assert.equal((await problem.locator('h3 code').innerText()).trim(), 'themes', 'the column named');
        assert.match(await problem.innerText(), /cooking/, 'the value found');
        assert.equal(await page.locator('#activity-list').count(), 0);
        await assertNoAxeViolations(page, `import refused ${lang}`);
        await page.screenshot({ path: screenshotPath(`activity-import-refused-${lang}-phone`), fullPage: true });

        // The good rows only: tick the box with the keyboard, choose the file again.
        await chooseFile(page, file);
        await tabUntil(page, (f) => f.id === 'good_only', 10, 'the good-rows-only box');
        await page.keyboard.press('Space');
        assert.equal(await page.isChecked('#good_only'), true);
        await submit(page);
        assert.ok((await page.locator('[role="status"]').innerText()).trim().length > 0, 'said imported');
        const summary = page.locator('table', { has: page.locator('caption') }).first();
        assert.equal((await summary.locator('tbody tr td').nth(1).innerText()).trim(), '1', 'one record imported, this month, at the place');
        assert.equal(await page.locator('.import-problems > li').count(), 1, 'the skipped row still listed');
        await assertNoAxeViolations(page, `import done ${lang}`);
        await page.screenshot({ path: screenshotPath(`activity-import-done-${lang}-phone`), fullPage: true });
      });
    });
  }
});
