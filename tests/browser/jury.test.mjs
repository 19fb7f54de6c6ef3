// A juror scoring at 360×740, in French and Arabic, with the keyboard only:
// the demo juror opens the demo call (closed two weeks ago), does not find
// the application they declared a conflict with (and opening it answers 403
// with a page that says why), sends the scoring form empty (the summary takes
// the focus and names each criterion), then scores with the arrow keys with
// one criterion "not assessed"; the coordination's results page then shows
// the juror's marks. The coordination's other pages of the selection are
// visited too. Zero axe-core violations; screenshots of each page.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focused, focusedAfterErrors, launch, screenshotPath, signIn, tabUntil,
  visit, withPage,
} from './lib/browser.mjs';

const JUROR = { email: 'jury@demo.passerelle.test', password: 'demo-jury-password' };
const CALL = 'proximite-demo';
const CONFLICTED = 'Permanences administratives en ligne';
// Each language scores its own application of the demo call.
const TO_SCORE = { fr: 'Ateliers smartphone pour seniors', ar: 'Devoirs numériques en famille' };
const SAVE = { fr: 'Enregistrer mes notes', ar: 'حفظ تقييماتي' };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ['fr', 'ar']) {
  describe(`jury (${lang})`, () => {
    test('a juror scores an application with the keyboard only', { timeout: 240_000 }, async () => {
      let appId;
      let conflictedId;
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, JUROR, lang);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/jury`, 60, 'the jury link');
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/bo/jury$`)), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `my calls (${lang})`);
        await page.screenshot({ path: screenshotPath(`jury-calls-${lang}-phone`), fullPage: true });
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/jury/${CALL}`, 60, 'the demo call');
        await Promise.all([page.waitForURL(new RegExp(`/bo/jury/${CALL}$`)), page.keyboard.press('Enter')]);

        const table = page.locator('#jury-applications');
        assert.equal(await table.locator('tbody tr').count(), 7, 'seven of the eight applications');
        assert.ok(!(await table.innerText()).includes(CONFLICTED), 'the conflicted application is not offered');
        await assertNoAxeViolations(page, `applications to score (${lang})`);
        await page.screenshot({ path: screenshotPath(`jury-list-${lang}-phone`), fullPage: true });

        const link = table.locator('a', { hasText: TO_SCORE[lang] }).first();
        const href = await link.getAttribute('href');
        appId = href.split('/').pop();
        await tabUntil(page, (f) => f.tag === 'a' && f.href === href, 80, 'the application');
        await Promise.all([page.waitForURL(new RegExp(`${href}$`)), page.keyboard.press('Enter')]);
        assert.equal(await page.locator('input[type="radio"]:checked').count(), 0, 'nothing chosen by default');
        await assertNoAxeViolations(page, `scoring form (${lang})`);
        await page.screenshot({ path: screenshotPath(`jury-scoring-${lang}-phone`), fullPage: true });

        // Sent without a choice: each criterion named, the summary focused.
        await tabUntil(page, (f) => f.tag === 'button' && f.text === SAVE[lang], 120, 'the save button');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        const f = await focusedAfterErrors(page);
        assert.match(f.className ?? '', /error-summary/, `the summary has the focus: ${JSON.stringify(f)}`);
        assert.match(await page.title(), lang === 'fr' ? /^Erreur/ : /^خطأ/);
        for (const k of ['relevance', 'feasibility', 'budget']) {
          assert.equal(await page.locator(`.error-summary a[href="#score-${k}-0"]`).count(), 1, `the summary names ${k}`);
        }
        await assertNoAxeViolations(page, `scoring form with errors (${lang})`);
        await page.screenshot({ path: screenshotPath(`jury-scoring-errors-${lang}-phone`), fullPage: true });

        // Relevance 4 (arrow down from 0), feasibility "not assessed" (arrow
        // up from 0 wraps to the last choice), budget 3.
        await tabUntil(page, (x) => x.id === 'score-relevance-0', 40, 'the first relevance choice');
        for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
        assert.equal((await focused(page)).id, 'score-relevance-4');
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'score-feasibility-0', 'Tab goes to the next criterion');
        await page.keyboard.press('ArrowUp');
        assert.equal((await focused(page)).id, 'score-feasibility-na');
        await page.keyboard.press('Tab');
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
        assert.equal((await focused(page)).id, 'score-budget-3');
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'comment');
        await page.keyboard.type(lang === 'fr' ? 'Projet clair, partenaires solides' : 'مشروع واضح وشركاء أقوياء');
        await tabUntil(page, (x) => x.tag === 'button' && x.text === SAVE[lang], 10, 'the save button');
        await Promise.all([page.waitForURL(/\?saved=/), page.keyboard.press('Enter')]);
        assert.equal(await page.locator('p.notice[role="status"]').count(), 1, 'saved is said');
        await assertNoAxeViolations(page, `applications after saving (${lang})`);

        const coordination = await page.evaluate(async ([l, call]) => (await fetch(`/${l}/bo/selection/${call}`)).status, [lang, CALL]);
        assert.equal(coordination, 403, 'a juror does not reach the coordination pages');
      });

      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/selection/${CALL}`);
        const conflict = page.locator('#selection-conflicts tbody tr', { hasText: CONFLICTED });
        assert.equal(await conflict.count(), 1, 'the coordination sees the conflict');
        conflictedId = await page.locator('#conflict-application option', { hasText: CONFLICTED }).getAttribute('value');
        await assertNoAxeViolations(page, `the call's jury (${lang})`);
        await page.screenshot({ path: screenshotPath(`selection-jury-${lang}-phone`), fullPage: true });

        await visit(page, `/${lang}/bo/selection/${CALL}/results`);
        const row = page.locator(`#result-${appId}`);
        assert.equal(await row.count(), 1);
        const marks = page.locator(`#marks-${appId} + div table tbody tr`, { hasText: 'Demo jury' });
        assert.equal(await marks.count(), 1, "the juror's marks are in the results");
        const text = await marks.innerText();
        assert.ok(text.includes(lang === 'fr' ? 'Non évalué' : 'لم يُقيَّم'), `not assessed shown as such: ${text}`);
        assert.ok(text.includes('4') && text.includes('3'), text);
        await assertNoAxeViolations(page, `results (${lang})`);
        await page.screenshot({ path: screenshotPath(`selection-results-${lang}-phone`), fullPage: true });

        await visit(page, `/${lang}/bo/selection/${CALL}/scenarios`);
        await assertNoAxeViolations(page, `scenarios (${lang})`);
        await page.screenshot({ path: screenshotPath(`selection-scenarios-${lang}-phone`), fullPage: true });
        await visit(page, `/${lang}/bo/selection/${CALL}/agreements`);
        await assertNoAxeViolations(page, `agreements (${lang})`);
        await visit(page, `/${lang}/bo/selection`);
        await assertNoAxeViolations(page, `calls (${lang})`);
      });

      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, JUROR, lang);
        // The conflicted application by its address: 403, and the page says why.
        await visit(page, `/${lang}/bo/jury/${CALL}/${conflictedId}`, { status: 403 });
        assert.equal(await page.locator('#application').count(), 0, 'nothing of the application');
        assert.ok(!(await page.locator('main').innerText()).includes(CONFLICTED));
        await assertNoAxeViolations(page, `conflict refusal (${lang})`);
        await page.screenshot({ path: screenshotPath(`jury-conflict-403-${lang}-phone`), fullPage: true });
      });
    });
  });
}
