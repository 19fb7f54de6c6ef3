// Collective workshops in the activity log, at 360×740 with the keyboard
// only, in French and Arabic: an EPN manager opens the form from the
// activity page, a gender breakdown that does not add up is refused (the
// summary focused, the typed values kept), fixed, saved and listed; then
// the form is filled in from a session the demo EPN held; zero axe-core
// violations on every page.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focused, focusedAfterErrors, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

describe('collective workshops', () => {
  for (const lang of ['fr', 'ar']) {
    test(`${lang}: record a workshop with anonymous counts, keyboard only, on a phone`, { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, locale: lang === 'ar' ? 'ar' : 'fr-BE', bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.epn, lang);
        await visit(page, `/${lang}/bo/activity?kind=workshop`);
        assert.ok(await page.locator('#activity-list tbody tr').count() > 0, 'the demo workshops are listed');
        const link = page.locator(`a[href="/${lang}/bo/activity/workshops/new"]`);
        const linkText = (await link.innerText()).trim();
        await tabUntil(page, (f) => f.tag === 'a' && f.text === linkText, 150, 'the "record a workshop" link');
        await Promise.all([page.waitForURL(/workshops\/new/), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `workshop form ${lang}`);

        const title = `Atelier clavier ${lang}`;
        await tabUntil(page, (f) => f.id === 'title', 50, 'the title');
        await page.keyboard.type(title);
        await tabUntil(page, (f) => f.name === 'level', 50, 'the level');
        await page.keyboard.press('Space');
        await tabUntil(page, (f) => f.id === 'themes', 50, 'the first theme');
        await page.keyboard.press('Space');
        await tabUntil(page, (f) => f.id === 'participants', 50, 'the participants');
        await page.keyboard.type('5');
        await tabUntil(page, (f) => f.id === 'gender-woman', 20, 'the women');
        await page.keyboard.type('3');
        await tabUntil(page, (f) => f.id === 'gender-man', 20, 'the men');
        await page.keyboard.type('1');
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && !f.name && f.className === '', 50, 'the save button');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

        assert.ok((await focusedAfterErrors(page)).className.includes('error-summary'), 'the summary has the focus');
        assert.equal(await page.locator('.error-summary li').count(), 1);
        assert.match(await page.locator('.error-summary li').innerText(), /4.*5/, 'both numbers said');
        assert.equal(await page.inputValue('#title'), title, 'typed values kept');
        assert.equal(await page.inputValue('#gender-man'), '1');
        await assertNoAxeViolations(page, `workshop form errors ${lang}`);
        await page.screenshot({ path: screenshotPath(`workshop-form-errors-${lang}-phone`), fullPage: true });

        // Fix: one participant more, other or not said.
        await tabUntil(page, (f) => f.id === 'gender-other', 200, 'other or not said');
        await page.keyboard.type('1');
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && !f.name && f.className === '', 50, 'the save button');
        await Promise.all([page.waitForURL(/done=workshop-saved/), page.keyboard.press('Enter')]);
        assert.ok((await page.locator('[role="status"]').innerText()).length > 0, 'saved');
        assert.equal(await page.locator('#activity-list').getByRole('cell', { name: title, exact: true }).count(), 1, 'listed');
        await assertNoAxeViolations(page, `activity after a workshop ${lang}`);

        // Change it: the edit link, the form prefilled, the title changed with the keyboard.
        await page.locator('#activity-list tr', { hasText: title }).locator('a').focus();
        await Promise.all([page.waitForURL(/workshops\/\d+\/edit$/), page.keyboard.press('Enter')]);
        assert.equal(await page.inputValue('#title'), title, 'prefilled');
        assert.equal(await page.inputValue('#gender-other'), '1', 'the breakdown prefilled');
        await assertNoAxeViolations(page, `workshop edit ${lang}`);
        await page.screenshot({ path: screenshotPath(`workshop-edit-${lang}-phone`), fullPage: true });
        await tabUntil(page, (f) => f.id === 'title', 50, 'the title');
        await page.keyboard.press('End');
        await page.keyboard.type(' 2');
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && !f.name && f.className === '', 60, 'the save button');
        await Promise.all([page.waitForURL(/done=workshop-saved/), page.keyboard.press('Enter')]);
        const changed = `${title} 2`;
        assert.equal(await page.locator('#activity-list').getByRole('cell', { name: changed, exact: true }).count(), 1, 'changed');

        // Tidy up: delete it (the demo is shared by the other tests).
        await page.locator('#activity-list tr', { hasText: changed }).locator('button').focus();
        await Promise.all([page.waitForURL(/done=workshop-deleted/), page.keyboard.press('Enter')]);

        // Starting from a session the demo EPN held: chosen with the keyboard, the form filled in.
        await visit(page, `/${lang}/bo/activity/workshops/new`);
        assert.ok(await page.locator('#session option').count() > 1, 'the demo EPN held sessions in the last 60 days');
        await tabUntil(page, (f) => f.id === 'session', 50, 'the session select');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Tab');
        await Promise.all([page.waitForURL(/session=\d+/), page.keyboard.press('Enter')]);
        assert.notEqual(await page.inputValue('#title'), '', 'the title comes from the session');
        assert.ok((await page.locator('[role="status"]').innerText()).length > 0);
        await assertNoAxeViolations(page, `workshop from a session ${lang}`);
      });
    });
  }
});
