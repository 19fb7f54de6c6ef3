// The back office's main flows, with the keyboard only and axe-core on every
// page: an EPN manager edits the hours of their place with the weekly grid
// (JavaScript off) and with the text and its immediate check (JavaScript on);
// the coordination accepts the change in the moderation queue and the public
// page shows it; the coordination previews an import with bad rows.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focused, launch, screenshotPath, signIn, tabUntil, url, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The back-office edit page of the EPN manager's first place, reached by keyboard. */
async function openOwnPlace(page) {
  await visit(page, '/fr/bo/places');
  await tabUntil(page, (f) => f.tag === 'a' && /^\/fr\/bo\/places\/\d+$/.test(f.href ?? ''), 80, 'a place to edit');
  await Promise.all([page.waitForURL(/\/fr\/bo\/places\/\d+$/), page.keyboard.press('Enter')]);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

async function typeInto(page, id, text) {
  await tabUntil(page, (f) => f.id === id, 200, `#${id}`);
  await page.keyboard.type(text);
}

let placeId;

describe('opening hours, proposals and moderation', () => {
  test('without JavaScript, an EPN manager fills the weekly grid, checks the week and sends the change', { timeout: 180_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.desktop, javaScriptEnabled: false, locale: 'fr-BE', bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.epn, 'fr');
      // (axe-core needs JavaScript: the next test checks these pages with it.)
      placeId = await openOwnPlace(page);
      // Tuesday 10:00-12:00 and Thursday 14:00-17:00, typed in the grid. The
      // trailing A/P sets the AM/PM field when the browser shows a 12-hour
      // clock, and is ignored by a 24-hour one.
      await typeInto(page, 'grid-tu-1-from', '1000A');
      await typeInto(page, 'grid-tu-1-to', '1200P');
      await typeInto(page, 'grid-th-1-from', '1400');
      await typeInto(page, 'grid-th-1-to', '1700');
      // The "check" button re-renders the form with the week.
      await tabUntil(page, (f) => f.tag === 'button' && f.name === 'action' && /check|vérif/i.test(f.text), 80, 'the check button');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.equal(await page.locator('#opening_hours').inputValue(), 'Tu 10:00-12:00; Th 14:00-17:00', 'the grid gives the OpenStreetMap text');
      const result = await page.locator('#hours-result').innerText();
      assert.match(result, /10:00/, `the week is shown: ${result}`);
      assert.equal(await page.locator('#grid-tu-1-from').inputValue(), '10:00', 'what was typed is kept');
      await page.screenshot({ path: screenshotPath('hours-editor-fr-desktop'), fullPage: true });
      // Save: the first submit button of the form.
      await page.locator('#opening_hours').focus();
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      const status = await page.locator('[role="status"]').allInnerTexts();
      assert.ok(status.some((s) => /coordination/i.test(s)), `sent to the coordination: ${status}`);
    });
  });

  test('with JavaScript, the text is checked as it is typed and an exception disables the grid', { timeout: 180_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.epn, 'fr');
      await visit(page, '/fr/bo/places');
      await assertNoAxeViolations(page, 'places list (EPN manager)');
      await visit(page, `/fr/bo/places/${placeId}`);
      await assertNoAxeViolations(page, 'place edit form with a pending change');
      // The server-rendered check (the same button without JavaScript) is accessible too.
      await page.locator('button[name="action"][value="check"]').focus();
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      await assertNoAxeViolations(page, 'place edit form with the checked week');
      await tabUntil(page, (f) => f.id === 'opening_hours', 200, 'the opening-hours text');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Mo-Fr 09:00-12:00; PH off');
      await page.waitForFunction(() => /09:00/.test(document.querySelector('#hours-result')?.innerText ?? ''), null, { timeout: 10_000 });
      assert.equal(await page.locator('#hours-grid').getAttribute('disabled'), '', 'an exception (PH off) cannot be shown in the grid: it is disabled, the text kept');
      await assertNoAxeViolations(page, 'hours editor after typing (phone)');
      await page.screenshot({ path: screenshotPath('hours-editor-js-fr-phone'), fullPage: true });
      await page.locator('#opening_hours').focus();
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      const status = await page.locator('[role="status"]').allInnerTexts();
      assert.ok(status.some((s) => /coordination/i.test(s)), `sent to the coordination: ${status}`);
    });
  });

  test('the coordination reads the change in the queue, accepts it, and the public page shows it', { timeout: 180_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.coordinator, 'fr');
      await visit(page, '/fr/bo/proposals');
      await assertNoAxeViolations(page, 'moderation queue');
      await tabUntil(page, (f) => f.tag === 'a' && /^\/fr\/bo\/proposals\/\d+$/.test(f.href ?? ''), 80, 'a proposal');
      await Promise.all([page.waitForURL(/\/fr\/bo\/proposals\/\d+$/), page.keyboard.press('Enter')]);
      const diff = await page.locator('main table').first().innerText();
      assert.match(diff, /Mo-Fr 09:00-12:00; PH off/, `the diff shows the new hours: ${diff}`);
      await assertNoAxeViolations(page, 'proposal with its diff');
      await page.screenshot({ path: screenshotPath('proposal-fr-desktop'), fullPage: true });
      await tabUntil(page, (f) => f.tag === 'button' && /accepter/i.test(f.text), 80, 'the accept button');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      await visit(page, `/fr/places/${placeId}`);
      const hours = await page.locator('table.hours').innerText();
      assert.match(hours, /09:00/, `the public page shows the accepted hours: ${hours}`);
    });
  });
});

describe('import preview', () => {
  test('the coordination previews a file with bad rows: every bad row with its line, nothing written, import blocked', { timeout: 180_000 }, async () => {
    const header = 'id,pivot,nom,commune,code_postal,code_insee,adresse,complement_adresse,latitude,longitude,typologie,telephone,courriels,site_web,horaires,presentation_resume,presentation_detail,source,itinerance,structure_parente,date_maj,services,publics_specifiquement_adresses,prise_en_charge_specifique,frais_a_charge';
    const row = (id, name, pc, commune, lat) => `${id},,${name},${commune},${pc},,Rue de la Loi 1,,${lat},4.35,,,,,Mo-Fr 09:00-17:00,,,,,,2026-01-15,,,,`;
    const csv = [header, row('b1', 'Espace Navigateur', '1000', 'Bruxelles', '50.84'), row('b2', 'Lieu Latitude', '1050', 'Ixelles', '95')].join('\n') + '\n';
    await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.coordinator, 'fr');
      await visit(page, '/fr/bo/import');
      await assertNoAxeViolations(page, 'import form');
      await page.locator('input[type="file"]').first().setInputFiles({ name: 'lieux.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await tabUntil(page, (f) => f.tag === 'button' && /vérifier le fichier/i.test(f.text), 80, 'the preview button');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      const bad = await page.locator('main').innerText();
      assert.match(bad, /3/, 'the bad row is on line 3');
      assert.match(bad, /latitude/i, 'the field is named');
      assert.match(page.url(), /\/fr\/bo\/import\/preview\/[0-9a-f]{64}$/, 'the preview is a page of its own (post/redirect/get)');
      assert.equal(await page.getByRole('button', { name: /importer maintenant/i }).count(), 0, 'no import button while rows are bad');
      assert.equal(await page.getByRole('button', { name: /importer seulement la bonne ligne/i }).count(), 1, 'the good row only is offered instead');
      await assertNoAxeViolations(page, 'import preview');
      await page.screenshot({ path: screenshotPath('import-preview-fr-desktop'), fullPage: true });
      const previewUrl = new URL(page.url()).pathname;
      await visit(page, '/fr/search?q=Espace%20Navigateur');
      assert.equal(await page.locator('main ol li').count(), 0, 'nothing was written by the preview');
      // The way on: the good row only, from the keyboard; the result is a page of its own.
      await visit(page, previewUrl);
      await tabUntil(page, (f) => f.tag === 'button' && /importer seulement la bonne ligne/i.test(f.text), 120, 'the good-row button');
      await Promise.all([page.waitForURL(/\/fr\/bo\/import\/done\/[0-9a-f]{64}$/), page.keyboard.press('Enter')]);
      const done = await page.locator('main').innerText();
      assert.match(done, /lieux\.csv est importé/);
      assert.match(done, /L’annuaire public montre déjà les changements\./);
      await assertNoAxeViolations(page, 'import result');
      await page.screenshot({ path: screenshotPath('import-done-fr-desktop'), fullPage: true });
    });
  });
});
