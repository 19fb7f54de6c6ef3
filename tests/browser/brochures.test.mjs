// The commune brochures at 360×740 in French, Dutch and Arabic: the list
// of groups and a group's brochure (zero axe-core violations, no
// horizontal scrolling, screenshots), the brochure's places reached by
// keyboard; printed (print media), the site's header and navigation are
// left out and the places remain.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoOverflow, VIEWPORTS, assertNoAxeViolations, launch, screenshotPath, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ['fr', 'nl', 'ar']) {
  describe(`brochures (${lang})`, () => {
    test('the list and a brochure: accessible, by keyboard, printable', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await visit(page, `/${lang}/brochures`);
        assert.equal(await page.locator('main h1').count(), 1);
        assert.equal(await page.locator('ul.brochure-groups > li').count(), 8);
        await assertNoOverflow(page, `brochures (${lang})`);
        await assertNoAxeViolations(page, `brochures (${lang})`);
        await page.screenshot({ path: screenshotPath(`brochures-${lang}-phone`), fullPage: true });
        await tabUntil(page, (f) => f.tag === 'a' && (f.href || '').endsWith('/brochures/bruxelles-ville'), 60, 'the Brussels brochure');
        await Promise.all([page.waitForURL(/\/brochures\/bruxelles-ville$/), page.keyboard.press('Enter')]);
        const places = await page.locator('.brochure-place').count();
        assert.ok(places > 5, `${places} places`);
        assert.equal(await page.locator('.brochure-qr[role="img"]').count(), places);
        await assertNoOverflow(page, `brochure (${lang})`);
        await assertNoAxeViolations(page, `brochure (${lang})`);
        await page.screenshot({ path: screenshotPath(`brochure-${lang}-phone`), fullPage: true });
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('header.site').isVisible(), false, 'no site header on paper');
        assert.ok(await page.locator('.brochure-place').first().isVisible());
        await page.emulateMedia({ media: 'screen' });
      });
    });
  });
}
