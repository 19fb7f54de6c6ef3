// Applying to a call for projects at 360×740, with the keyboard only, in
// French and Arabic: the public call page; the demo applicant starts an
// application, fills it, submits it with an amount above the call's
// maximum and reads why it cannot be sent (what was typed is kept), fixes
// it and submits; the coordinator asks for corrections with a reason; the
// applicant reads the reason, answers, and the history shows each step.
// The coordination writes a new call with the keyboard: a wrong amount is
// named with what was typed kept, then the call is saved as a draft.
// Zero axe-core violations on each page; screenshots.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoOverflow, DEMO, VIEWPORTS, assertNoAxeViolations, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

const CALL = 'proximite-numerique-demo';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Tabs to the field `id` and types `text` into it. */
async function typeInto(page, id, text, max = 80) {
  await tabUntil(page, (f) => f.id === id, max, `the field ${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

for (const lang of ['fr', 'ar']) {
  describe(`calls for projects (${lang})`, () => {
    test('the public pages: accessible, no horizontal scrolling', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        for (const [name, path] of [['list', '/calls'], ['call', `/calls/${CALL}`], ['register', '/applicant/register']]) {
          await visit(page, `/${lang}${path}`);
          assert.equal(await page.locator('main h1').count(), 1);
          await assertNoOverflow(page, `${name} (${lang})`);
          await assertNoAxeViolations(page, `calls ${name} (${lang})`);
          await page.screenshot({ path: screenshotPath(`calls-${name}-${lang}-phone`), fullPage: true });
        }
      });
    });

    test('the coordination writes a call by keyboard: errors named, then saved as a draft', { timeout: 300_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/calls/new`);
        await assertNoOverflow(page, `new call (${lang})`);
        await assertNoAxeViolations(page, `new call (${lang})`);
        await page.screenshot({ path: screenshotPath(`calls-new-${lang}-phone`), fullPage: true });
        const key = `keyboard-${lang}`;
        await typeInto(page, 'key', key, 60);
        await typeInto(page, 'envelope', 'beaucoup', 10);
        // Enter sends the form (saving is the form's first button).
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
        const summary = await page.locator('.error-summary').innerText();
        assert.match(summary, /beaucoup|€|euro|يورو/i, summary);
        assert.equal(await page.locator('#envelope').inputValue(), 'beaucoup', 'what was typed is kept');
        assert.equal(await page.locator('#key').inputValue(), key);
        await assertNoAxeViolations(page, `new call with errors (${lang})`);
        await page.screenshot({ path: screenshotPath(`calls-new-errors-${lang}-phone`), fullPage: true });
        // The error summary's first link leads to its field.
        await page.locator('#envelope').focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('100 000');
        await typeInto(page, 'min', '1 000', 5);
        await typeInto(page, 'max', '10 000', 3);
        // A date field takes its parts in the browser's own order: reached
        // by Tab, filled as the ISO date it sends.
        await tabUntil(page, (f) => f.id === 'opens_on', 20, 'the opening date');
        await page.locator('#opens_on').fill('2027-01-10');
        await tabUntil(page, (f) => f.id === 'closes_on', 5, 'the closing date');
        await page.locator('#closes_on').fill('2027-03-01');
        await typeInto(page, 'text-fr-title', 'Appel au clavier', 60);
        await typeInto(page, 'text-fr-summary', 'Un appel tapé au clavier.', 3);
        await typeInto(page, 'text-fr-rules', 'Un projet par organisation.', 3);
        await typeInto(page, 'text-nl-title', 'Oproep met het toetsenbord', 5);
        await typeInto(page, 'text-nl-summary', 'Een oproep.', 3);
        await typeInto(page, 'text-nl-rules', 'Eén project per organisatie.', 3);
        await typeInto(page, 'crit-0-key', 'relevance', 40);
        await typeInto(page, 'crit-0-weight', '2', 3);
        await typeInto(page, 'crit-0-scale', '5', 3);
        await typeInto(page, 'crit-0-label-fr', 'Pertinence', 3);
        await typeInto(page, 'crit-0-label-nl', 'Relevantie', 3);
        await Promise.all([page.waitForURL(/\/bo\/calls\/[a-z-]+\?saved$/), page.keyboard.press('Enter')]);
        assert.ok(page.url().includes(`/bo/calls/${key}?saved`), page.url());
        await assertNoAxeViolations(page, `call saved (${lang})`);
      });
    });

    test('applying, with a correction asked and answered, by keyboard', { timeout: 300_000 }, async () => {
      let appPath;
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.applicant, lang);
        await visit(page, `/${lang}/bo/applications`);
        await assertNoAxeViolations(page, `my applications (${lang})`);
        await tabUntil(page, (f) => f.tag === 'button' && f.text.includes('proximité'), 80, 'the start button');
        await Promise.all([page.waitForURL(/\/bo\/applications\/\d+$/), page.keyboard.press('Enter')]);
        appPath = new URL(page.url()).pathname;
        await typeInto(page, 'title', `Clic et café (${lang})`);
        await typeInto(page, 'postcode', '1060', 5);
        await typeInto(page, 'amount', '20000', 5);
        await tabUntil(page, (f) => f.id === 'publics-seniors', 20, 'the seniors checkbox');
        await page.keyboard.press('Space');
        await typeInto(page, 'description', 'Un café numérique chaque jeudi.', 20);
        await typeInto(page, 'q_partners', 'La bibliothèque du quartier.', 5);
        await typeInto(page, 'budget_what_0', 'Animation', 10);
        await typeInto(page, 'budget_amount_0', '12000', 3);
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && f.text && f.className === '' , 30, 'the submit button');
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
        // Refused: the amount is above the maximum; nothing typed is lost.
        const why = await page.locator('#ineligible').innerText();
        assert.match(why, /15\s000,00/, why);
        assert.equal(await page.locator('#amount').inputValue(), '20000');
        assert.equal(await page.locator('#q_partners').inputValue(), 'La bibliothèque du quartier.');
        await assertNoAxeViolations(page, `refused submission (${lang})`);
        await page.screenshot({ path: screenshotPath(`calls-refused-${lang}-phone`), fullPage: true });
        await page.locator('#amount').focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('12000');
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && f.text && f.className === '', 60, 'the submit button');
        await Promise.all([page.waitForURL(/\?submitted$/), page.keyboard.press('Enter')]);
        assert.ok((await page.locator('#application-status').innerText()).length > 0);
      });

      const id = appPath.split('/').pop();
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/calls/applications/${id}`);
        await assertNoAxeViolations(page, `instruction (${lang})`);
        await page.screenshot({ path: screenshotPath(`calls-instruction-${lang}-phone`), fullPage: true });
        await tabUntil(page, (f) => f.id === 'action-corrections_asked', 80, 'ask for corrections');
        await page.keyboard.press('Space');
        await typeInto(page, 'reason', 'Précisez les horaires du café.', 10);
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit', 5, 'the record button');
        await Promise.all([page.waitForURL(/\?done$/), page.keyboard.press('Enter')]);
      });

      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.applicant, lang);
        await visit(page, appPath);
        assert.match(await page.locator('#corrections-asked').innerText(), /Précisez les horaires du café\./);
        await assertNoAxeViolations(page, `corrections asked (${lang})`);
        await typeInto(page, 'description', 'Un café numérique chaque jeudi, de 14 h à 16 h.', 120);
        await typeInto(page, 'note', 'Horaires ajoutés.', 60);
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && f.className === '', 10, 'the answer button');
        await Promise.all([page.waitForURL(/\?submitted$/), page.keyboard.press('Enter')]);
        const history = await page.locator('#application-history').innerText();
        assert.match(history, /Précisez les horaires du café\./);
        assert.match(history, /Horaires ajoutés\./);
        assert.equal(await page.locator('#application-history li').count(), 4, history);
        await assertNoAxeViolations(page, `answered (${lang})`);
        await page.screenshot({ path: screenshotPath(`calls-answered-${lang}-phone`), fullPage: true });
      });
    });
  });
}
