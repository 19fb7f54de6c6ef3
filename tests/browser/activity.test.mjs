// The activity log, at 360×740 with the keyboard only, in French and Arabic:
// an EPN manager counts a quick help with one press, records an individual
// support (a first submit with nothing chosen shows the errors, focused),
// and every page has zero axe-core violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focused, focusedAfterErrors, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

describe('activity log', () => {
  for (const lang of ['fr', 'ar']) {
    test(`${lang}: quick help and an individual support, keyboard only, on a phone`, { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, locale: lang === 'ar' ? 'ar' : 'fr-BE', bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.epn, lang);
        await visit(page, `/${lang}/bo/activity`);
        assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
        assert.ok(await page.locator('#activity-list tbody tr').count() > 0, 'the demo log shows records');
        await assertNoAxeViolations(page, `activity ${lang}`);
        await page.screenshot({ path: screenshotPath(`activity-${lang}-phone`), fullPage: true });

        // One press on the "E-mail" quick-help button counts one more.
        const button = page.locator('button[name="theme"][value="email"]').first();
        const label = (await button.innerText()).trim();
        const before = Number(label.match(/\d+/)[0]);
        await tabUntil(page, (f) => f.tag === 'button' && f.name === 'theme' && f.text === label, 120, 'the e-mail quick-help button');
        await Promise.all([page.waitForURL(/done=quick/), page.keyboard.press('Enter')]);
        const after = Number((await page.locator('button[name="theme"][value="email"]').first().innerText()).match(/\d+/)[0]);
        assert.equal(after, before + 1, 'one press, one more quick help');
        assert.ok((await page.locator('[role="status"]').innerText()).length > 0);

        // The form: submitting without a theme nor autonomy names both errors, focused.
        await visit(page, `/${lang}/bo/activity/new`);
        await assertNoAxeViolations(page, `activity form ${lang}`);
        await page.screenshot({ path: screenshotPath(`activity-form-${lang}-phone`), fullPage: true });
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && !f.name && f.className === '', 200, 'the save button');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        assert.equal((await focusedAfterErrors(page)).className.includes('error-summary'), true, 'the summary has the focus');
        assert.equal(await page.locator('.error-summary li').count(), 2);
        await assertNoAxeViolations(page, `activity form errors ${lang}`);

        // Fix: a theme and the autonomy, with the keyboard; the defaults stay.
        await tabUntil(page, (f) => f.id === 'themes', 200, 'the first theme');
        await page.keyboard.press('Space');
        await tabUntil(page, (f) => f.name === 'autonomy', 200, 'the autonomy');
        await page.keyboard.press('Space');
        await tabUntil(page, (f) => f.id === 'redirect_text', 50, 'the redirection');
        await Promise.all([page.waitForURL(/done=saved/), page.keyboard.press('Enter')]);
        assert.ok((await page.locator('[role="status"]').innerText()).length > 0, 'saved');
        await assertNoAxeViolations(page, `activity after save ${lang}`);
      });
    });
  }
});
