// The self-check on a phone, keyboard only: a person answers the twelve
// questions, gets a result and finds a session near them. In French and in
// Arabic (right to left). Zero axe violations on the questionnaire (empty,
// with errors) and on the result.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, assertNoAxeViolations, focused, launch, screenshotPath, tabUntil, visit, withPage,
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

/** Answers every question with the keyboard: Space ticks a checkbox, arrows choose a radio button. */
async function answer(page) {
  for (const q of QUESTIONS) {
    const c = CHOICES[q];
    if (Array.isArray(c.pick)) {
      for (const code of c.pick) {
        await tabUntil(page, (f) => f.id === `${q}-${code}`, 12, `the answer ${q}-${code}`);
        await page.keyboard.press('Space');
        assert.ok(await page.locator(`#${q}-${code}`).isChecked(), `${q}-${code} ticked`);
      }
    } else {
      // Tab enters a radio group on its first button; the arrow keys move and choose.
      await tabUntil(page, (f) => f.id === `${q}-${c.first}`, 12, `the question ${q}`);
      if (c.index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < c.index; i++) await page.keyboard.press('ArrowDown');
      assert.ok(await page.locator(`#${q}-${c.pick}`).isChecked(), `${q}-${c.pick} chosen`);
    }
  }
}

describe('diagnostic', () => {
  for (const lang of ['fr', 'ar']) {
    test(`keyboard only on a phone: the self-check finds a session (${lang})`, { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        // From the home page, by the link next to the search.
        await visit(page, `/${lang}/`);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/diagnostic`, 30, 'the link to the self-check');
        await Promise.all([page.waitForURL((u) => u.pathname === `/${lang}/diagnostic`), page.keyboard.press('Enter')]);
        assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
        assert.equal(await page.locator('form.diagnostic fieldset').count(), 12, 'twelve questions');
        await assertNoAxeViolations(page, `the questionnaire (${lang})`);
        const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
        assert.ok(noScroll, 'no sideways scrolling on a phone');

        // Sent empty: the form again, the summary names the questions, links to them.
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit', 60, 'the submit button');
        await Promise.all([page.waitForURL(/\/diagnostic\/result/), page.keyboard.press('Enter')]);
        assert.equal(await page.locator('.error-summary li').count(), 11, 'every one-answer question is named');
        await assertNoAxeViolations(page, `the questionnaire with errors (${lang})`);

        await visit(page, `/${lang}/diagnostic`);
        await answer(page);
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
