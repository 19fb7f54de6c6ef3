// The self-check on a phone, keyboard only, one question per page: a person
// answers the twelve questions step by step, goes back once and finds the
// answers kept, gets a result and finds a session near them. In French and
// in Arabic (right to left). Zero axe violations on a step (empty, with an
// error) and on the result.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, assertNoAxeViolations, focused, focusedAfterErrors, launch, screenshotPath, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// A beginner who wants to learn (the study's "novice"): question id, answers.
const QUESTIONS = ['equipment', 'internet', 'email', 'online-form', 'information', 'communication',
  'content-creation', 'safety', 'problem-solving', 'motivation', 'barriers', 'knows-help'];
const CHOICES = {
  equipment: { first: 'smartphone', pick: ['smartphone'] },
  internet: { first: 'yes', pick: 'phone', index: 1 },
  email: { first: 'alone', pick: 'help', index: 1 },
  'online-form': { first: 'alone', pick: 'no', index: 2 },
  information: { first: '0', pick: '1', index: 1 },
  communication: { first: '0', pick: '1', index: 1 },
  'content-creation': { first: '0', pick: '0', index: 0 },
  safety: { first: '0', pick: '0', index: 0 },
  'problem-solving': { first: '0', pick: '0', index: 0 },
  motivation: { first: '0', pick: '2', index: 2 },
  barriers: { first: 'reading', pick: ['fear'] },
  'knows-help': { first: 'yes', pick: 'no', index: 1 },
};

/** The step shown, from the address (the first step has none). */
function stepOf(page) {
  return Number(new URL(page.url()).searchParams.get('step') ?? 1);
}

/** Answers the question on the page with the keyboard: Space ticks a checkbox, arrows choose a radio button. */
async function answer(page, q) {
  const c = CHOICES[q];
  if (Array.isArray(c.pick)) {
    for (const code of c.pick) {
      await tabUntil(page, (f) => f.id === `${q}-${code}`, 12, `the answer ${q}-${code}`);
      await page.keyboard.press('Space');
      assert.ok(await page.locator(`#${q}-${code}`).isChecked(), `${q}-${code} ticked`);
    }
  } else {
    // Tab enters a radio group on its first button (or the chosen one); the arrow keys move and choose.
    await tabUntil(page, (f) => f.name === q && f.type === 'radio', 12, `the question ${q}`);
    const at = (await focused(page)).id.slice(q.length + 1);
    const codes = await page.locator(`input[name="${q}"]`).evaluateAll((els) => els.map((e) => e.value));
    const from = codes.indexOf(at);
    if (from === c.index) await page.keyboard.press('Space');
    for (let i = from; i < c.index; i++) await page.keyboard.press('ArrowDown');
    assert.ok(await page.locator(`#${q}-${c.pick}`).isChecked(), `${q}-${c.pick} chosen`);
  }
}

/** Presses the step's button (`next` or `back`) with the keyboard; waits for the step `to`. */
async function press(page, which, to) {
  const isBack = (f) => f.className === 'secondary';
  await tabUntil(page, (f) => f.tag === 'button' && f.name === 'go' && isBack(f) === (which === 'back'), 12, `the ${which} button`);
  await Promise.all([
    page.waitForURL((u) => Number(u.searchParams.get('step')) === to),
    page.keyboard.press('Enter'),
  ]);
}

describe('diagnostic', () => {
  for (const lang of ['fr', 'ar']) {
    test(`keyboard only on a phone: the self-check step by step finds a session (${lang})`, { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        // From the home page, by the link next to the search.
        await visit(page, `/${lang}/`);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/diagnostic`, 30, 'the link to the self-check');
        await Promise.all([page.waitForURL((u) => u.pathname === `/${lang}/diagnostic`), page.keyboard.press('Enter')]);
        assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
        assert.equal(await page.locator('form.diagnostic fieldset').count(), 1, 'one question per page');
        assert.match(await page.locator('p.diag-progress').innerText(), /1\D+12/, 'the progress in words: 1 of 12');
        assert.equal(await page.locator('button[value="back"]').count(), 0, 'no way back from the first question');
        await assertNoAxeViolations(page, `the first question (${lang})`);
        const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
        assert.ok(noScroll, 'no sideways scrolling on a phone');
        await page.screenshot({ path: screenshotPath(`diagnostic-step1-${lang}-phone`) });

        // Sent without an answer: the same question, the summary has the focus and names it.
        await press(page, 'next', 1);
        assert.equal(await page.locator('.error-summary li').count(), 1, 'the question is named');
        assert.equal((await focusedAfterErrors(page)).className, 'error-summary', 'the summary has the focus');
        await assertNoAxeViolations(page, `a question with an error (${lang})`);

        for (const [i, q] of QUESTIONS.entries()) {
          const step = i + 1;
          assert.equal(stepOf(page), step);
          assert.match(await page.locator('p.diag-progress').innerText(), new RegExp(`${step}\\D+12`));
          await answer(page, q);
          if (step === 5) {
            // Back to question 4 and forward again: both answers are still chosen.
            await press(page, 'back', 4);
            assert.ok(await page.locator(`#online-form-${CHOICES['online-form'].pick}`).isChecked(), 'question 4 kept');
            await press(page, 'next', 5);
            assert.ok(await page.locator(`#information-${CHOICES.information.pick}`).isChecked(), 'question 5 kept');
            await page.screenshot({ path: screenshotPath(`diagnostic-step5-${lang}-phone`) });
          }
          if (step < 12) await press(page, 'next', step + 1);
        }
        // The last question asks where too; Enter in the field sends the step.
        await tabUntil(page, (f) => f.id === 'where', 5, 'the postcode field');
        await page.keyboard.type('1080');
        await page.screenshot({ path: screenshotPath(`diagnostic-${lang}-phone`), fullPage: true });
        await Promise.all([page.waitForURL(/\/diagnostic\/result\?/), page.keyboard.press('Enter')]);

        // The result: a profile in plain words, places and sessions near 1080.
        assert.equal(await page.locator('.error-summary').count(), 0, 'no errors');
        assert.ok(await page.locator('p.persona').count(), 'a profile');
        assert.ok(await page.locator('p.urgency-high').count(), 'a beginner with no online forms: high urgency');
        assert.ok(await page.locator('#diag-places ~ ol a[href*="/places/"]').count(), 'places near 1080');
        await assertNoAxeViolations(page, `the result (${lang})`);
        await page.screenshot({ path: screenshotPath(`diagnostic-result-${lang}-phone`), fullPage: true });

        await tabUntil(page, (f) => f.tag === 'a' && new RegExp(`^/${lang}/sessions/\\d+$`).test(f.href ?? ''), 80, 'a session');
        const href = (await focused(page)).href;
        await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
        assert.ok(await page.locator('h1').innerText(), 'the session page');
      });
    });
  }
});
