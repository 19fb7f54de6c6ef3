// The coordination's programme indicators and events, keyboard only at
// 360×740 in French and Arabic, axe-core on every page: the demo's 2021
// Start Digital figures in the programme's table, a value typed wrong (the
// summary takes the focus, what was typed is kept) then right, an event added
// with its audience.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focusedAfterErrors, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function typeInto(page, id, text) {
  await tabUntil(page, (f) => f.id === id, 200, `#${id}`);
  await page.keyboard.type(text);
}

async function submit(page, pattern) {
  await tabUntil(page, (f) => f.tag === 'button' && pattern.test(f.text), 200, `the button ${pattern}`);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

for (const lang of ['fr', 'ar']) {
  describe(`indicators and events (${lang})`, () => {
    test('the coordination reads the 2021 figures, enters a value and adds an event', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, locale: lang === 'fr' ? 'fr-BE' : 'ar', bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/indicators`);
        const table = await page.locator('table.bo').first().innerText();
        assert.match(table, /171/, 'learners starting, 2021');
        assert.match(table, /8[\s\u202f,.]?364[,.]6/, 'hours × presence, 2021');
        assert.match(await page.locator('main').innerText(), /861/, 'the Digital week pupils');
        await assertNoAxeViolations(page, `indicators (${lang})`);
        await page.screenshot({ path: screenshotPath(`indicators-${lang}-phone`), fullPage: true });

        // A value in tenths for a whole-number indicator: refused, kept.
        await tabUntil(page, (f) => f.id === 'indicator', 200, 'the indicator select');
        await page.keyboard.press('ArrowDown');
        assert.equal(await page.locator('#indicator').inputValue(), 'sd-trainings');
        await typeInto(page, 'period', '2022');
        await typeInto(page, 'value', '12,5');
        await typeInto(page, 'source_note', 'Test note');
        await submit(page, lang === 'fr' ? /Enregistrer la valeur/ : /حفظ القيمة/);
        assert.equal((await focusedAfterErrors(page)).className, 'error-summary', 'the summary takes the focus');
        assert.equal(await page.locator('#value').inputValue(), '12,5');
        assert.equal(await page.locator('#indicator').inputValue(), 'sd-trainings');
        await assertNoAxeViolations(page, `indicators with errors (${lang})`);
        await page.screenshot({ path: screenshotPath(`indicators-error-${lang}-phone`), fullPage: true });

        // Corrected.
        await page.locator('#value').fill('');
        await page.locator('#value').focus();
        await page.keyboard.type('12');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        assert.equal(await page.locator('[role="status"]').count(), 1, 'saved');
        assert.match(await page.locator('table.bo').first().innerText(), /2022/);

        // An event.
        await visit(page, `/${lang}/bo/indicators/events/new`);
        await assertNoAxeViolations(page, `new event (${lang})`);
        await typeInto(page, 'date', '2022-10-14');
        await typeInto(page, 'title', `Atelier test ${lang}`);
        await typeInto(page, 'measure', 'Semaine du Numérique 2022');
        await tabUntil(page, (f) => f.id === 'public', 40, 'the public select');
        await page.keyboard.press('ArrowDown');
        await typeInto(page, 'count-participants', '23');
        await submit(page, lang === 'fr' ? /Enregistrer l’événement/ : /حفظ الفعالية/);
        const events = await page.locator('#events ~ div table').innerText();
        assert.match(events, new RegExp(`Atelier test ${lang}`));
        assert.match(events, /23/);
      });
    });
  });
}
