// Capacity per place and year, with the keyboard only at 360×740: the demo
// EPN manager records a year for their place — a wrong value first (the
// summary takes the focus, the field is named, the typed text kept), then
// correct values — and the coordination reads every place's latest record;
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
  describe(`capacity (${lang})`, () => {
    test('an EPN manager records a year of their place, with the keyboard only', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.epn, lang);
        // The menu link, then the place's link in the table.
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/capacity`, 80, 'the capacity link');
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/bo/capacity$`)), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `capacity list (EPN manager, ${lang})`);
        await tabUntil(page, (f) => f.tag === 'a' && new RegExp(`^/${lang}/bo/capacity/\\d+$`).test(f.href ?? ''), 80, 'a place of theirs');
        await Promise.all([page.waitForURL(/\/bo\/capacity\/\d+$/), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `capacity of a place (${lang})`);
        // The year is 2026 or later in the demo; computers get a wrong value.
        await typeInto(page, 'computers', 'beaucoup');
        await typeInto(page, 'visitors_weekday', '9');
        // The radios come prefilled from the place's latest record; send.
        await tabUntil(page, (f) => f.id === 'animators', 60, '#animators');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        const f = await focusedAfterErrors(page);
        assert.match(f.className ?? '', /error-summary/, `the summary has the focus: ${JSON.stringify(f)}`);
        assert.match(await page.title(), lang === 'fr' ? /^Erreur/ : /خطأ/, 'the title says there is an error');
        assert.equal(await page.locator('#computers').inputValue(), 'beaucoup', 'what was typed is kept');
        assert.equal(await page.locator('a[href="#computers"]').count(), 1, 'the summary names the field');
        await assertNoAxeViolations(page, `capacity form with errors (${lang})`);
        await page.screenshot({ path: screenshotPath(`capacity-errors-${lang}-phone`), fullPage: true });
        await typeInto(page, 'computers', '12');
        await tabUntil(page, (f) => f.id === 'animators', 60, '#animators');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        assert.match(page.url(), /\?saved=\d{4}$/);
        assert.equal(await page.locator('[role="status"]').count(), 1, 'saved is said');
        await assertNoAxeViolations(page, `capacity saved (${lang})`);
        await page.screenshot({ path: screenshotPath(`capacity-place-${lang}-phone`), fullPage: true });
        // The public page of the place shows the record just saved.
        const id = new URL(page.url()).pathname.split('/').pop();
        await visit(page, `/${lang}/places/${id}`);
        const section = await page.locator('section.place-capacity').innerText();
        assert.match(section, /12/, `the public page shows the computers: ${section}`);
        await assertNoAxeViolations(page, `public place page with its capacity (${lang})`);
        await page.screenshot({ path: screenshotPath(`capacity-public-${lang}-phone`), fullPage: true });
      });
    });

    test('the coordination reads every place\'s latest record', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/capacity`);
        const rows = await page.locator('#capacity-latest tbody tr').count();
        assert.ok(rows >= 20, `every demo EPN place has a record: ${rows}`);
        await assertNoAxeViolations(page, `capacity list (coordination, ${lang})`);
        await page.screenshot({ path: screenshotPath(`capacity-list-${lang}-phone`), fullPage: true });
      });
    });
  });
}
