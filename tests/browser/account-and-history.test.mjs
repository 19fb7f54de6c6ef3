// The pages changed by the end-to-end walk of the existing flows (issue 17),
// at 360×740 in French and Arabic, with zero axe-core violations:
// "My e-mails" filled with the keyboard only (a referrer chooses the language
// of their e-mails and the news of their referrals), a referral's history as
// events, an EPN label application's history (every event dated, in plain
// sentences), the audit log in words with its filter, and the personal-data
// page after an erasure (reached by a redirect). Screenshots of each.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focused, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WORDS = {
  fr: { saved: 'Vos choix sont enregistrés.', sent: 'Orientation envoyée', erased: 'Données effacées', unknown: 'Inconnue' },
  ar: { saved: 'حُفظت اختياراتك.', sent: 'أُرسل التوجيه', erased: null, unknown: null },
};

for (const lang of ['fr', 'ar']) {
  describe(`accounts and histories (${lang})`, () => {
    test('a referrer sets "My e-mails" with the keyboard only, then reads a referral\'s history', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.referrer, lang);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/account/mails`, 80, 'the "My e-mails" link');
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/bo/account/mails$`)), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `my e-mails (${lang})`);
        await tabUntil(page, (f) => f.id === 'mail_lang', 80, 'the language of my e-mails');
        const before = await page.locator('#mail_lang').inputValue();
        // (Signing in set the language of the e-mails to the page's: another one.)
        await page.keyboard.press(before === '' ? 'ArrowDown' : 'Home');
        const chosen = await page.locator('#mail_lang').inputValue();
        assert.notEqual(chosen, before, 'the arrow key chose another language');
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'referral_progress', 'then the news of my referrals');
        await page.keyboard.press('Space');
        assert.equal(await page.locator('#referral_progress').isChecked(), false, 'turned off with the space bar');
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit', 10, 'the save button');
        await Promise.all([page.waitForURL(/\/bo\/account\/mails\?saved$/), page.keyboard.press('Enter')]);
        assert.match(await page.locator('main .notice').innerText(), new RegExp(WORDS[lang].saved));
        assert.equal(await page.locator('#mail_lang').inputValue(), chosen, 'the choice is kept');
        assert.equal(await page.locator('#referral_progress').isChecked(), false);
        await assertNoAxeViolations(page, `my e-mails saved (${lang})`);
        await page.screenshot({ path: screenshotPath(`account-mails-${lang}-phone`), fullPage: true });
        // Back to the defaults, for the other tests of the demo.
        await page.locator('#mail_lang').selectOption('');
        await page.locator('#referral_progress').check();
        await Promise.all([page.waitForURL(/\?saved$/), page.locator(`form[action="/${lang}/bo/account/mails"] button[type="submit"]`).click()]);

        await visit(page, `/${lang}/bo/referrals`);
        const link = page.locator('main a[href*="/bo/referrals/"]').filter({ hasNotText: /^$/ });
        const href = await link.evaluateAll((as) => as.map((a) => a.getAttribute('href')).find((h) => /\/bo\/referrals\/\d+$/.test(h)));
        assert.ok(href, 'the demo referrer has referrals');
        await visit(page, href);
        const history = await page.locator('section[aria-labelledby="referral-history"]').innerText();
        assert.match(history, new RegExp(WORDS[lang].sent), 'the history says what happened');
        await assertNoAxeViolations(page, `a referral (${lang})`);
        await page.screenshot({ path: screenshotPath(`referral-history-${lang}-phone`), fullPage: true });
      });
    });

    test('the coordination reads a label history, the audit log and the personal-data page', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/label`);
        const app = await page.locator('main a[href*="/bo/label/applications/"]').evaluateAll(
          (as) => as.map((a) => a.getAttribute('href')).find((h) => /\/applications\/\d+$/.test(h)));
        assert.ok(app, 'the demo has label applications');
        await visit(page, app);
        const history = page.locator('table.label-table').filter({ has: page.locator('caption') }).first();
        assert.ok(await history.locator('tbody tr').count() > 0, 'the history has events');
        if (WORDS[lang].unknown) {
          assert.doesNotMatch(await history.innerText(), new RegExp(WORDS[lang].unknown), 'every event is dated');
        }
        await assertNoAxeViolations(page, `a label application (${lang})`);
        await page.screenshot({ path: screenshotPath(`label-history-${lang}-phone`), fullPage: true });

        await visit(page, `/${lang}/bo/audit`);
        const options = await page.locator('select option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
        for (const code of ['person.erase', 'referral.step', 'session.cancel', 'label.step']) {
          const o = options.find(([v]) => v === code);
          assert.ok(o, `${code} is offered`);
          assert.notEqual(o[1].trim(), code, `${code} has words`);
        }
        const headings = await page.locator('ol.audit > li > h2').allInnerTexts();
        assert.ok(headings.length > 0, 'the log has entries');
        for (const h of headings) assert.doesNotMatch(h, /\b[a-z_]+\.[a-z_]+\b/, `no raw action code: ${h}`);
        await assertNoAxeViolations(page, `the audit log (${lang})`);
        await page.screenshot({ path: screenshotPath(`audit-${lang}-phone`), fullPage: true });

        await visit(page, `/${lang}/bo/personal-data?erased_referrals=1&erased_bookings=2`);
        const notice = await page.locator('main .notice').innerText();
        assert.match(notice, /1/);
        if (WORDS[lang].erased) assert.match(notice, new RegExp(WORDS[lang].erased));
        await assertNoAxeViolations(page, `personal data after an erasure (${lang})`);
        await page.screenshot({ path: screenshotPath(`personal-data-${lang}-phone`), fullPage: true });
      });
    });
  });
}
