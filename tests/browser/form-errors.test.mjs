// Errors a person cannot miss, on a phone, with JavaScript and without: after
// a failed submit of a public form (booking a seat alone, a step of the
// self-check, "report a mistake"), the error summary has the focus, its top
// is on the first screen, the page's title starts with "Error" in the
// page's language, and what the person typed is still there. Zero axe
// violations on the error pages.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, assertNoAxeViolations, firstPlaceLink, focusedAfterErrors, launch, screenshotPath, url, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** How "Error" starts a page title, per language (locales/*\/forms.ftl). */
const ERROR = { fr: 'Erreur', ar: 'خطأ' };
/** The forms carry a signed time stamp: a person takes at least 3 s to fill them. */
const HUMAN_PAUSE_MS = 3200;

/** The summary has the focus, is on the first screen, and the title says "Error". */
async function assertErrorCannotBeMissed(page, lang, label) {
  await focusedAfterErrors(page);
  const state = await page.evaluate(() => {
    const summary = document.querySelector('.error-summary');
    return {
      focused: !!summary && document.activeElement === summary,
      top: summary ? summary.getBoundingClientRect().top : Infinity,
      title: document.title,
      height: window.innerHeight,
    };
  });
  assert.ok(state.focused, `${label}: the error summary has the focus`);
  assert.ok(state.top < state.height, `${label}: the summary starts on the first screen (top ${state.top}px)`);
  assert.ok(state.title.startsWith(ERROR[lang]), `${label}: the title starts with "${ERROR[lang]}": ${state.title}`);
}

describe('form errors', () => {
  for (const javaScriptEnabled of [true, false]) {
    const js = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
    for (const lang of ['fr', 'ar']) {
      const options = { viewport: VIEWPORTS.phone, javaScriptEnabled, bypassCSP: true };

      test(`booking a seat alone with a bad phone number (${lang}, ${js})`, { timeout: 60_000 }, async () => {
        await withPage(browser, options, async (page) => {
          const res = await page.request.get(url('/api/v1/sessions?theme=drop-in-help&has_seats=true'));
          const open = (await res.json()).items.find((s) => s.self_booking);
          assert.ok(open, 'the demo has a session people may book alone');
          await visit(page, `/${lang}/sessions/${open.id}`);
          await page.locator('#name').fill('Amina');
          await page.locator('#phone').fill('pas de numéro');
          await page.locator('#consent').check();
          await page.waitForTimeout(HUMAN_PAUSE_MS);
          await Promise.all([page.waitForNavigation(), page.locator('form.booking button[type="submit"]').click()]);
          await assertErrorCannotBeMissed(page, lang, 'the booking form');
          assert.ok(await page.locator('.error-summary a[href="#phone"]').count(), 'the summary names the phone number');
          assert.equal(await page.locator('#name').inputValue(), 'Amina', 'the name is kept');
          assert.equal(await page.locator('#phone').inputValue(), 'pas de numéro', 'the phone is kept');
          if (javaScriptEnabled) {
            await assertNoAxeViolations(page, `the booking form with errors (${lang})`);
            await page.screenshot({ path: screenshotPath(`booking-error-${lang}-phone`) });
          }
        });
      });

      test(`the self-check's last step without an answer (${lang}, ${js})`, { timeout: 60_000 }, async () => {
        await withPage(browser, options, async (page) => {
          const answers = 'equipment=smartphone&internet=phone&email=help&online-form=no&information=1'
            + '&communication=1&content-creation=0&safety=0&problem-solving=0&motivation=2&barriers=fear';
          await visit(page, `/${lang}/diagnostic?step=12&${answers}`);
          await page.locator('#where').fill('1080');
          await Promise.all([page.waitForNavigation(), page.locator('form.diagnostic button[value="next"]').click()]);
          await assertErrorCannotBeMissed(page, lang, 'the self-check');
          assert.ok(await page.locator('.error-summary a[href="#knows-help-yes"]').count(), 'the summary names the question');
          assert.equal(await page.locator('#where').inputValue(), '1080', 'the postcode is kept');
          assert.equal(await page.locator('input[type="hidden"][name="motivation"]').getAttribute('value'), '2', 'earlier answers are kept');
          if (javaScriptEnabled) {
            await assertNoAxeViolations(page, `the self-check with an error (${lang})`);
            await page.screenshot({ path: screenshotPath(`diagnostic-error-${lang}-phone`) });
          }
        });
      });

      test(`"report a mistake" too short (${lang}, ${js})`, { timeout: 60_000 }, async () => {
        await withPage(browser, options, async (page) => {
          await visit(page, `/${lang}/search?q=1080`);
          const place = await firstPlaceLink(page).getAttribute('href');
          await visit(page, `${place}/report`);
          await page.locator('#message').fill('Fermé');
          await page.locator('#contact').fill('amina@example.org');
          await page.waitForTimeout(HUMAN_PAUSE_MS);
          await Promise.all([page.waitForNavigation(), page.locator('form.report-form button[type="submit"]').click()]);
          await assertErrorCannotBeMissed(page, lang, 'the report form');
          assert.equal(await page.locator('#message').inputValue(), 'Fermé', 'the message is kept');
          assert.equal(await page.locator('#contact').inputValue(), 'amina@example.org', 'the contact is kept');
          if (javaScriptEnabled) {
            await assertNoAxeViolations(page, `the report form with errors (${lang})`);
            await page.screenshot({ path: screenshotPath(`report-error-${lang}-phone`) });
          }
        });
      });
    }
  }
});
