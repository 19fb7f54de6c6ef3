// The back office with a keyboard and a screen reader's eyes: signing in,
// errors that say what to do, and every back-office page free of axe violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focused, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

describe('signing in', () => {
  test('a wrong password shows an error summary that leads to the field, and keeps the e-mail', { timeout: 90_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await visit(page, '/fr/login');
      await assertNoAxeViolations(page, 'sign-in page');
      await tabUntil(page, (f) => f.id === 'email', 40, 'the e-mail field');
      await page.keyboard.type(DEMO.coordinator.email);
      await page.keyboard.press('Tab');
      await page.keyboard.type('not the password');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      const summary = page.locator('.error-summary');
      assert.equal(await summary.count(), 1, 'an error summary');
      assert.equal(await page.locator('#email').inputValue(), DEMO.coordinator.email, 'the e-mail is kept');
      assert.equal(await page.locator('#password').inputValue(), '', 'the password is not sent back');
      assert.equal(await page.locator('#email').getAttribute('aria-invalid'), 'true');
      await assertNoAxeViolations(page, 'sign-in page with an error');
      await page.screenshot({ path: screenshotPath('login-error-fr-phone'), fullPage: true });
      // The summary's link takes the focus to the field.
      await summary.locator('a').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#email');
    });
  });

  for (const lang of ['fr', 'ar']) {
    test(`keyboard only: a coordinator signs in (${lang}) and reaches every back-office page without axe violations`, { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await assertNoAxeViolations(page, `back-office home (${lang})`);
        const links = await page.locator('main ul.bo-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.ok(links.length >= 2, `back-office links: ${links}`);
        // Pages one step further that the menu does not list.
        links.push(`/${lang}/bo/personal-data`, `/${lang}/bo/places/new`);
        for (const href of links) {
          await visit(page, href);
          await assertNoAxeViolations(page, `${href}`);
        }
        // Sign out with the keyboard.
        await visit(page, `/${lang}/bo/`);
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit', 60, 'the sign-out button');
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/login\\?signed_out=1`)), page.keyboard.press('Enter')]);
        const res = await page.goto(new URL(`/${lang}/bo/`, page.url()).href);
        assert.match(page.url(), new RegExp(`/${lang}/login\\?next=`), `after signing out, the back office asks to sign in (status ${res.status()})`);
      });
    });
  }

  test('an EPN manager does not reach the accounts page', { timeout: 60_000 }, async () => {
    await withPage(browser, {}, async (page) => {
      await signIn(page, DEMO.epn, 'en');
      const res = await page.goto(new URL('/en/bo/users', page.url()).href);
      assert.equal(res.status(), 403);
      assert.ok((await page.locator('main h1').innerText()).length > 0, 'the refusal page says why');
    });
  });
});
