// Error pages are pages: in the reader's language and direction, in the
// site's frame (skip link, language switcher), free of axe violations, with a
// way on; in the back office, with the person's menu.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, launch, screenshotPath, signIn, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

describe('error pages', () => {
  for (const [lang, title] of [['fr', 'Page introuvable'], ['ar', 'الصفحة غير موجودة']]) {
    test(`an unknown page says so in ${lang}, with a way home`, { timeout: 60_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await visit(page, `/${lang}/places/999999999`, { status: 404 });
        assert.equal(await page.locator('h1').innerText(), title);
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
        assert.equal(await page.locator(`main a[href="/${lang}/"]`).count(), 1, 'a link home');
        await assertNoAxeViolations(page, `404 (${lang})`);
        await page.screenshot({ path: screenshotPath(`error-404-${lang}-phone`), fullPage: true });
      });
    });
  }

  test('a back-office page the role may not open is a 403 with the menu', { timeout: 90_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.referrer, 'ar');
      await visit(page, '/ar/bo/users', { status: 403 });
      assert.equal(await page.locator('nav.bo').count(), 1, 'the back-office menu');
      assert.equal(await page.locator('main > p > a[href="/ar/bo/"]').count(), 1, 'a link to the back-office home');
      await assertNoAxeViolations(page, '403 (ar)');
      await page.screenshot({ path: screenshotPath('error-403-ar-phone'), fullPage: true });
    });
  });
});
