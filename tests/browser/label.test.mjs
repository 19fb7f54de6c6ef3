// The EPN label in a browser, with the keyboard only and zero axe violations:
// the public pages; then the steering committee withdraws the label of the demo
// EPN manager's EPN, the EPN applies again (sees which criteria fail and why,
// corrects, sends), the coordinator examines and recommends, a committee member
// records the working group's advice and the steering committee's decision, and
// the badge is back on the public page.
//
// It changes the demo's data (one more application for the EPN mobile of the
// Espace Culture et Développement, which ends labelled again as it started), so
// it can run again on the same server.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focused, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

const COMMITTEE = { email: 'committee@demo.passerelle.test', password: 'demo-committee-password' };
const EPN = 'EPN mobile de l’Espace Culture et Développement';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Tabs to the element with this id. */
async function focusId(page, id) {
  await tabUntil(page, (f) => f.id === id, 150, `#${id}`);
}

/** Tabs to the button (or link) whose text starts with `text`, then presses Enter and waits for the next page. */
async function press(page, text, urlPattern) {
  await tabUntil(page, (f) => (f.tag === 'button' || f.tag === 'a') && f.text.startsWith(text), 200, `“${text}”`);
  await Promise.all([page.waitForURL(urlPattern), page.keyboard.press('Enter')]);
}

/** Replaces the text of the focused field. */
async function typeOver(page, text) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Goes to the back office's label page by its link in the menu (keyboard). */
async function openLabelPages(page) {
  await press(page, 'Label EPN', /\/fr\/bo\/label$/);
}

describe('the EPN label', () => {
  test('the public pages explain the label and list the labelled EPN, without axe violations', { timeout: 90_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      for (const lang of ['fr', 'ar']) {
        await visit(page, `/${lang}/label`);
        await assertNoAxeViolations(page, `label page (${lang})`);
        await visit(page, `/${lang}/label/epn`);
        await assertNoAxeViolations(page, `labelled EPN (${lang})`);
      }
      await visit(page, '/fr/label');
      assert.match(await page.locator('main').innerText(), /Au moins 6 ordinateurs/);
      await press(page, 'Les EPN labellisés par commune', /\/fr\/label\/epn$/);
      assert.match(await page.locator('main').innerText(), /20 lieux labellisés/);
    });
  });

  test('apply, recommend, decide: the badge follows the decision (keyboard only)', { timeout: 300_000 }, async () => {
    let placeUrl;
    // 1. The steering committee withdraws the label of the EPN mobile (its current one).
    await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
      await signIn(page, COMMITTEE, 'fr');
      await openLabelPages(page);
      await assertNoAxeViolations(page, 'label queue (committee)');
      await visit(page, '/fr/bo/label?state=granted');
      await press(page, EPN, /\/fr\/bo\/label\/applications\/\d+$/);
      await assertNoAxeViolations(page, 'a granted label (committee)');
      placeUrl = await page.locator(`main a[href*="/fr/places/"]`).first().getAttribute('href');
      await focusId(page, 'withdraw-reason');
      await page.keyboard.type('Test du navigateur : retrait puis nouvelle demande.');
      await press(page, 'Retirer le label', /\?done$/);
      assert.match(await page.locator('main').innerText(), /Label retiré/);
    });
    await withPage(browser, { bypassCSP: true }, async (page) => {
      await visit(page, placeUrl);
      assert.equal(await page.locator('main .badge').count(), 0, 'no badge once withdrawn');
    });

    // 2. The EPN manager applies again: sees which criteria fail and why, corrects, sends.
    let fileUrl;
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.epn, 'fr');
      await openLabelPages(page);
      await assertNoAxeViolations(page, 'label home (EPN manager)');
      await press(page, `Demander le label pour « ${EPN} »`, /\/edit$/);
      await assertNoAxeViolations(page, 'application form');
      await focusId(page, 'computers');
      await typeOver(page, '8');
      await focusId(page, 'opening_hours');
      await typeOver(page, 'Mo-Fr 09:00-12:00');
      await focusId(page, 'training_hours');
      await typeOver(page, '2');
      await focusId(page, 'free_access_hours');
      await typeOver(page, '6');
      await focusId(page, 'open_to_all_adults-yes');
      await page.keyboard.press('Space');
      await focusId(page, 'basic_price-free');
      await page.keyboard.press('Space');
      await focusId(page, 'activities');
      await page.keyboard.type('Initiations à l’ordinateur et au smartphone, trois matinées par semaine.');
      await press(page, 'Enregistrer le brouillon', /\/edit\?saved$/);
      const criteria = await page.locator('main ul.label-criteria').innerText();
      assert.match(criteria, /Pas rempli – Formation/);
      assert.match(criteria, /2 heures de formation par semaine : le label en demande au moins 6\./);
      assert.match(criteria, /Ouvert 15 heures pendant une semaine habituelle/);
      assert.equal(await page.locator('#training_hours').inputValue(), '2', 'the draft keeps what was typed');
      await assertNoAxeViolations(page, 'saved draft with a failing criterion');
      await page.screenshot({ path: screenshotPath('label-draft-fr-phone'), fullPage: true });

      // Sending without the charter: an error summary that leads to the box.
      await focusId(page, 'training_hours');
      await typeOver(page, '6');
      await press(page, 'Envoyer la demande', /\/edit$/);
      assert.equal(await page.locator('.error-summary').count(), 1);
      assert.equal(await page.locator('#training_hours').inputValue(), '6', 'nothing typed is lost');
      await assertNoAxeViolations(page, 'application form with an error');
      await focusId(page, 'charter');
      await page.keyboard.press('Space');
      assert.ok(await page.locator('#charter').isChecked());
      await press(page, 'Envoyer la demande', /\/fr\/bo\/label\/applications\/\d+\?sent$/);
      fileUrl = page.url().replace(/\?sent$/, '');
      assert.match(await page.locator('main').innerText(), /Votre demande est envoyée/);
      await assertNoAxeViolations(page, 'sent application');
    });

    // 3. The coordinator starts the examination and recommends.
    await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.coordinator, 'fr');
      await openLabelPages(page);
      await assertNoAxeViolations(page, 'label queue (coordination)');
      await visit(page, new URL(fileUrl).pathname);
      await press(page, 'Commencer l’examen', /\?done$/);
      await assertNoAxeViolations(page, 'application under examination');
      await focusId(page, 'recommend-favourable-yes');
      await page.keyboard.press('Space');
      await focusId(page, 'recommend-reasons');
      await page.keyboard.type('Toutes les conditions sont remplies ; visite non nécessaire.');
      await press(page, 'Envoyer la recommandation', /\?done$/);
      assert.match(await page.locator('main').innerText(), /Recommandation envoyée au groupe de travail/);
    });

    // 4. A committee member records the working group's advice, then the steering committee's decision.
    await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
      await signIn(page, COMMITTEE, 'fr');
      await visit(page, new URL(fileUrl).pathname);
      await focusId(page, 'advise-favourable-yes');
      await page.keyboard.press('Space');
      await press(page, 'Enregistrer l’avis', /\?done$/);
      await assertNoAxeViolations(page, 'application advised (committee)');
      await focusId(page, 'decide-granted-yes');
      await page.keyboard.press('Space');
      await focusId(page, 'decide-reasons');
      await page.keyboard.type('Label octroyé sur avis favorable du groupe de travail.');
      await press(page, 'Enregistrer la décision', /\?done$/);
      const main = await page.locator('main').innerText();
      assert.match(main, /Label octroyé/);
      assert.match(main, /Label octroyé sur avis favorable du groupe de travail\./, 'the history says why');
      assert.ok((await focused(page)).tag, 'the page has the focus');
      await assertNoAxeViolations(page, 'granted label with its history');
    });

    // 5. The badge is on the public page again.
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await visit(page, placeUrl);
      await assertNoAxeViolations(page, 'place page with its badge');
      assert.equal(await page.locator('main .badge').innerText(), 'Espace public numérique labellisé');
    });
  });
});
