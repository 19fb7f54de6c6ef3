// The visitor survey on a phone, keyboard only (issue 12): a visitor opens
// the poster's short link of the demo's open edition and answers to the end
// in French and in Arabic (right to left), with zero axe violations on every
// page and every page (HTML + stylesheet) under 30 KB; the mobile EPN's link
// shows only its part; a page sent without its required answer shows the
// error summary with the focus on it; a stopped answer resumes where it
// stopped on the same device.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, assertNoAxeViolations, focused, focusedAfterErrors, launch, screenshotPath, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The demo's open edition (data/demo/survey-2021.toml). */
const CODE = 'EPN26A';
const MOBILE = 'EPNM26';
/** The questions the mobile EPN's public never sees. */
const NOT_FOR_MOBILE = ['knew_before', 'heard_from', 'criteria', 'sat_hours'];

/** The question page's number in the address, or null. */
function pageNumber(page) {
  const m = new URL(page.url()).pathname.match(/\/q\/(\d+)$/);
  return m ? Number(m[1]) : null;
}

/** The names of the questions on the page, in order. */
async function questionNames(page) {
  const names = await page
    .locator('main form input[type=radio], main form input[type=checkbox], main form textarea, main form input.number')
    .evaluateAll((els) => els.map((e) => e.name));
  return [...new Set(names)];
}

/** HTML and stylesheet of the current page, in bytes, as the server sends them before compression. */
async function weight(page) {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).arrayBuffer();
    const css = await (await fetch('/static/survey.css')).arrayBuffer();
    return html.byteLength + css.byteLength;
  });
}

/** Answers every question of the page with the keyboard only. */
async function answerPage(page) {
  for (const name of await questionNames(page)) {
    const kind = await page.locator(`main form [name="${name}"]`).first().evaluate((e) => e.type || e.tagName.toLowerCase());
    if (kind === 'radio') {
      // Tab enters a radio group on its first button; Space chooses it, ArrowDown the next one.
      await tabUntil(page, (f) => f.name === name && f.type === 'radio', 20, `the question ${name}`);
      await page.keyboard.press('Space');
      const scale = /^\d+$/.test((await focused(page)).id.slice(name.length + 1));
      if (scale) for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await page.locator(`input[name="${name}"]:checked`).count(), 1, `${name} answered`);
    } else if (kind === 'checkbox') {
      await tabUntil(page, (f) => f.name === name && f.type === 'checkbox', 20, `the question ${name}`);
      await page.keyboard.press('Space');
      assert.ok(await page.locator(`input[name="${name}"]:checked`).count() >= 1, `${name} ticked`);
    } else {
      await tabUntil(page, (f) => f.name === name, 20, `the question ${name}`);
      await page.keyboard.type(kind === 'textarea' ? 'Merci pour l’accueil' : '3');
    }
  }
}

/** Presses Continue (or Back) with the keyboard and waits for another address. */
async function press(page, which = 'next') {
  const before = page.url();
  await tabUntil(page, (f) => f.tag === 'button' && f.name === 'go' && (f.className === 'secondary') === (which === 'back'), 30, `the ${which} button`);
  await Promise.all([page.waitForURL((u) => u.href !== before), page.keyboard.press('Enter')]);
}

/** From the start page: Tab to the start (or continue) link and follow it. */
async function start(page, lang) {
  await tabUntil(page, (f) => f.tag === 'a' && /\/q\/\d+$/.test(f.href ?? ''), 20, 'the start link');
  await Promise.all([page.waitForURL(/\/q\/\d+/), page.keyboard.press('Enter')]);
  assert.equal(await page.locator('html').getAttribute('lang'), lang);
}

/**
 * Answers page after page until the thank-you page (or `stopAfter` pages),
 * checking each page; returns the question names seen.
 */
async function answerAll(page, { lang, stopAfter = Infinity, label }) {
  const seen = [];
  let sent = 0;
  while (pageNumber(page) !== null && sent < stopAfter) {
    assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
    assert.match(await page.locator('p.progress').innerText(), /\d+\D+\d+/, 'the progress in words');
    await assertNoAxeViolations(page, `${label}, page ${pageNumber(page)}`);
    const bytes = await weight(page);
    assert.ok(bytes <= 30 * 1024, `page ${pageNumber(page)} weighs ${bytes} bytes with its stylesheet`);
    const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(noScroll, 'no sideways scrolling on a phone');
    const names = await questionNames(page);
    seen.push(...names);
    await answerPage(page);
    await press(page);
    sent += 1;
  }
  return seen;
}

describe('survey answering', () => {
  for (const lang of ['fr', 'ar']) {
    test(`keyboard only on a phone: a visitor answers to the end (${lang})`, { timeout: 300_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await visit(page, `/s/${CODE.toLowerCase()}`);
        await assertNoAxeViolations(page, 'the start page');
        // The languages, each named in itself; the start page is in French
        // until another is chosen (then French is a link like the others).
        if (lang !== 'fr') {
          await tabUntil(page, (f) => f.tag === 'a' && f.href === `/s/${CODE}/${lang}`, 10, `the ${lang} link`);
          await Promise.all([page.waitForURL((u) => u.pathname === `/s/${CODE}/${lang}`), page.keyboard.press('Enter')]);
        }
        assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
        await assertNoAxeViolations(page, `the start page (${lang})`);
        await page.screenshot({ path: screenshotPath(`survey-start-${lang}-phone`) });
        await start(page, lang);
        const seen = await answerAll(page, { lang, label: `answering (${lang})` });
        assert.match(new URL(page.url()).pathname, new RegExp(`/s/${CODE}/${lang}/thanks$`));
        assert.ok(seen.includes('overall') && seen.includes('criteria'), 'the whole questionnaire');
        await assertNoAxeViolations(page, `the thank-you page (${lang})`);
        await page.screenshot({ path: screenshotPath(`survey-thanks-${lang}-phone`) });
      });
    });
  }

  test('the mobile EPN\'s link shows only its part', { timeout: 300_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await visit(page, `/s/${MOBILE}/fr`);
      await start(page, 'fr');
      const seen = await answerAll(page, { lang: 'fr', label: 'the mobile EPN' });
      assert.match(page.url(), /\/thanks$/);
      assert.ok(seen.includes('overall'), 'its part is asked');
      for (const q of NOT_FOR_MOBILE) assert.ok(!seen.includes(q), `${q} is not for the mobile public`);
    });
  });

  test('a missing answer: the error summary has the focus and names the question', { timeout: 120_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await visit(page, `/s/${CODE}/fr`);
      await start(page, 'fr');
      const before = page.url();
      await tabUntil(page, (f) => f.tag === 'button' && f.name === 'go', 30, 'Continue');
      await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
      await page.waitForSelector('.error-summary');
      assert.equal(new URL(page.url()).pathname, new URL(before).pathname, 'the same page');
      assert.equal((await focusedAfterErrors(page)).className, 'error-summary', 'the summary has the focus');
      assert.equal(await page.locator('.error-summary li a').count(), 1);
      const target = await page.locator('.error-summary li a').getAttribute('href');
      assert.equal(await page.locator(target).count(), 1, 'the link reaches the field');
      assert.match(await page.title(), /^Erreur/);
      await assertNoAxeViolations(page, 'a page with an error');
      await page.screenshot({ path: screenshotPath('survey-error-fr-phone') });
    });
  });

  test('a stopped answer resumes where it stopped, on the same device', { timeout: 180_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await visit(page, `/s/${CODE}/fr`);
      await start(page, 'fr');
      await answerAll(page, { lang: 'fr', stopAfter: 3, label: 'before stopping' });
      const stoppedAt = pageNumber(page);
      assert.ok(stoppedAt > 3);
      // The visitor leaves, and comes back by the poster's link.
      await visit(page, '/fr/');
      await visit(page, `/s/${CODE}`);
      assert.equal(await page.locator(`a[href="/s/${CODE}/fr/q/${stoppedAt}"]`).count(), 1, 'continue where stopped');
      assert.equal(await page.locator('form[action$="/restart"] button').count(), 1, 'or start again');
      await assertNoAxeViolations(page, 'the start page with a draft');
      await start(page, 'fr');
      assert.equal(pageNumber(page), stoppedAt);
      // Back to the third page: its answer is still there.
      await press(page, 'back');
      assert.ok(await page.locator('main form input:checked').count() >= 1, 'the answer kept');
    });
  });
});
