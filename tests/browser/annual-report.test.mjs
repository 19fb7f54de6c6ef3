// The annual report at 360×740: the public report in French, Dutch and
// Arabic (zero axe-core violations, no horizontal scrolling, a part reached
// from the contents by keyboard, the site's header left out on paper), in
// Spanish with the notice that the translation is not yet reviewed; and the
// coordination's editor, by keyboard: a wrong link named and the text kept,
// then the draft saved.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, assertNoOverflow, focusedAfterErrors, launch, screenshotPath,
  signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ['fr', 'nl', 'ar', 'es']) {
  describe(`annual report (${lang})`, () => {
    test('the report: accessible, by keyboard, printable', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await visit(page, `/${lang}/annual-report`);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/annual-report/2021`, 60, 'the 2021 report');
        await Promise.all([page.waitForURL(/\/annual-report\/2021$/), page.keyboard.press('Enter')]);
        assert.equal(await page.locator('main h1').count(), 1);
        assert.ok(await page.locator('section.figure').count() > 20, 'the figures');
        assert.equal(await page.locator('p.translation-note').count(), lang === 'fr' ? 0 : 1);
        if (lang === 'fr' || lang === 'nl') {
          assert.ok(await page.locator('#intro p').count() > 1, 'the published introduction');
        } else {
          assert.equal(await page.locator('#intro .not-written').count(), 1);
        }
        await assertNoOverflow(page, `annual report (${lang})`);
        await assertNoAxeViolations(page, `annual report (${lang})`);
        await page.screenshot({ path: screenshotPath(`annual-report-${lang}-phone`) });
        await tabUntil(page, (f) => f.tag === 'a' && f.href === '#measure-3', 80, 'measure 3 in the contents');
        await page.keyboard.press('Enter');
        assert.match(page.url(), /#measure-3$/);
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('header.site').isVisible(), false, 'no site header on paper');
        assert.ok(await page.locator('#measure-3 h3').isVisible());
        await page.emulateMedia({ media: 'screen' });
      });
    });
  });
}

for (const lang of ['fr', 'ar']) {
  describe(`annual report editor (${lang})`, () => {
    test('a wrong link is named and kept, then the draft is saved, by keyboard', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/annual-report`, 80, 'the report link');
        await Promise.all([page.waitForURL(/\/bo\/annual-report$/), page.keyboard.press('Enter')]);
        await visit(page, `/${lang}/bo/annual-report/2021`);
        assert.ok(await page.locator('#report-parts tbody tr').count() > 20);
        await assertNoAxeViolations(page, `report parts (${lang})`);
        await page.screenshot({ path: screenshotPath(`annual-report-bo-${lang}-phone`), fullPage: true });
        const part = `/${lang}/bo/annual-report/2021/measure-${lang === 'fr' ? 8 : 9}/fr`;
        await tabUntil(page, (f) => f.tag === 'a' && f.href === part, 200, 'a part to write');
        await Promise.all([page.waitForURL((u) => u.pathname === part), page.keyboard.press('Enter')]);
        await tabUntil(page, (f) => f.id === 'body', 60, 'the text');
        await page.keyboard.type('Voir [ceci](javascript:alert(1)).');
        await page.keyboard.press('Tab');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        const f = await focusedAfterErrors(page);
        assert.match(f.className ?? '', /error-summary/, `the summary has the focus: ${JSON.stringify(f)}`);
        assert.equal(await page.locator('#body').inputValue(), 'Voir [ceci](javascript:alert(1)).', 'kept');
        await assertNoAxeViolations(page, `report editor with errors (${lang})`);
        await page.screenshot({ path: screenshotPath(`annual-report-editor-errors-${lang}-phone`), fullPage: true });
        await page.locator('#body').fill('');
        await page.locator('#body').focus();
        await page.keyboard.type('Des outils didactiques partagés.');
        await page.keyboard.press('Tab');
        await Promise.all([page.waitForURL(/done=saved$/), page.keyboard.press('Enter')]);
        assert.equal(await page.locator('p.notice[role="status"]').count(), 1);
        assert.equal(await page.locator('#body').inputValue(), 'Des outils didactiques partagés.');
        await assertNoAxeViolations(page, `report editor (${lang})`);
        await page.screenshot({ path: screenshotPath(`annual-report-editor-${lang}-phone`), fullPage: true });
      });
    });
  });
}
