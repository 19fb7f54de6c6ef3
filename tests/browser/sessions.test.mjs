// Sessions with a keyboard and a screen reader's eyes: the public listing and
// a session's page, a referrer booking a seat for a person and finding it in
// their bookings, an EPN manager marking attendance. Zero axe violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focused, launch, screenshotPath, signIn, tabUntil, url, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

describe('sessions', () => {
  for (const [lang, viewport] of [['fr', 'phone'], ['ar', 'phone'], ['nl', 'desktop']]) {
    test(`the listing and a session's page have no axe violations (${lang}, ${viewport})`, { timeout: 90_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS[viewport], bypassCSP: true }, async (page) => {
        await visit(page, `/${lang}/sessions?has_seats=true`);
        await assertNoAxeViolations(page, `sessions listing (${lang})`);
        const first = page.locator('main ol li h2 a[href*="/sessions/"]').first();
        assert.ok(await first.count(), 'the demo has upcoming sessions with free seats');
        await visit(page, await first.getAttribute('href'));
        await assertNoAxeViolations(page, `a session's page (${lang})`);
        const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').innerText());
        assert.equal(ld['@type'], 'Event');
        await page.screenshot({ path: screenshotPath(`session-${lang}-${viewport}`), fullPage: true });
      });
    });
  }

  test('keyboard only: a referrer books a seat for a person and sees it in their bookings', { timeout: 120_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.referrer, 'fr');
      await visit(page, '/fr/sessions?has_seats=true');
      await tabUntil(page, (f) => f.tag === 'a' && /\/fr\/sessions\/\d+$/.test(f.href ?? ''), 60, 'the first session');
      const href = (await focused(page)).href;
      await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
      await assertNoAxeViolations(page, 'a session page, signed in as a referrer');

      // Sent empty: the summary names what is missing.
      await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && /Réserver|attente/.test(f.text), 80, 'the booking button');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.equal(await page.locator('.error-summary').count(), 1, 'an error summary');
      assert.equal(await page.locator('#name').getAttribute('aria-invalid'), 'true');
      await assertNoAxeViolations(page, 'the booking form with errors');

      const name = `Amina ${Date.now() % 100000}`;
      await tabUntil(page, (f) => f.id === 'name', 80, 'the first name field');
      await page.keyboard.type(name);
      await tabUntil(page, (f) => f.id === 'consent', 10, 'the consent box');
      await page.keyboard.press('Space');
      assert.ok(await page.locator('#consent').isChecked(), 'consent ticked with the keyboard');
      await page.keyboard.press('Tab');
      const button = await focused(page);
      assert.equal(button.tag, 'button', 'Tab goes from the consent box to the button');
      await Promise.all([page.waitForURL(/booked=\d+/), page.keyboard.press('Enter')]);
      const notice = await page.locator('main p.notice[role=status]').innerText();
      assert.ok(notice.includes(name), `the page says what happened: ${notice}`);
      assert.ok(await page.locator('#bookings').innerText().then((t) => t.includes(name)), 'listed with the structure\'s bookings');
      await assertNoAxeViolations(page, 'a session page after booking');
      await page.screenshot({ path: screenshotPath('session-booked-fr-desktop'), fullPage: true });

      await visit(page, '/fr/bo/bookings');
      assert.ok((await page.locator('#my-bookings').innerText()).includes(name), 'in "My bookings"');
      await assertNoAxeViolations(page, 'my bookings');
    });
  });

  test('keyboard only: a person books a seat alone, then cancels it from their booking page', { timeout: 90_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      const res = await page.request.get(url('/api/v1/sessions?theme=drop-in-help&has_seats=true'));
      const open = (await res.json()).items.find((s) => s.self_booking);
      assert.ok(open, 'the demo has a session people may book alone');
      await visit(page, `/nl/sessions/${open.id}`);
      await tabUntil(page, (f) => f.id === 'name', 80, 'the first name field');
      await page.keyboard.type('Jan');
      await tabUntil(page, (f) => f.id === 'consent', 10, 'the consent box');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      // A form sent within 3 seconds of being shown is taken for a robot's.
      await page.waitForTimeout(3100);
      await Promise.all([page.waitForURL(/\/nl\/bookings\/[0-9a-f]{64}$/), page.keyboard.press('Enter')]);
      assert.match(await page.locator('main').innerText(), /Uw plaats is gereserveerd|wachtlijst/);
      await assertNoAxeViolations(page, 'a booking page (person alone)');
      await tabUntil(page, (f) => f.tag === 'button' && /annuleren/i.test(f.text), 60, 'the cancel button');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.match(await page.locator('main p.notice[role=status]').innerText(), /geannuleerd/);
      await assertNoAxeViolations(page, 'a cancelled booking page');
    });
  });

  test('keyboard only: an EPN manager marks attendance after a session', { timeout: 120_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.epn, 'fr');
      // The publishing form, empty then sent with nothing: errors that lead to their fields.
      await visit(page, '/fr/bo/sessions/new');
      await assertNoAxeViolations(page, 'the publishing form');
      await tabUntil(page, (f) => f.id === 'title', 60, 'the title field');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.equal(await page.locator('.error-summary').count(), 1, 'an error summary');
      assert.equal(await page.locator('#title').getAttribute('aria-invalid'), 'true');
      await assertNoAxeViolations(page, 'the publishing form with errors');
      await visit(page, '/fr/bo/sessions');
      await assertNoAxeViolations(page, 'the sessions of an EPN');
      const past = page.locator('table.bo', { has: page.locator('caption', { hasText: '30 derniers jours' }) });
      const link = past.locator('tbody a').first();
      assert.ok(await link.count(), 'the demo has past sessions');
      const href = await link.getAttribute('href');
      await tabUntil(page, (f) => f.href === href, 200, 'a past session');
      await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
      await assertNoAxeViolations(page, 'a past session in the back office');

      const people = await page.locator('fieldset.attendance-person legend').allInnerTexts();
      assert.ok(people.length >= 2, `people to mark: ${people}`);
      // First person: present (Space on the first radio); second: absent (arrow to the next radio).
      await tabUntil(page, (f) => f.type === 'radio', 80, 'the first attendance choice');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).type, 'radio', 'Tab goes to the next person');
      await page.keyboard.press('ArrowRight');
      await tabUntil(page, (f) => f.tag === 'button' && /présences/i.test(f.text), 20, 'the save button');
      await Promise.all([page.waitForURL(/marked=\d+/), page.keyboard.press('Enter')]);
      assert.match(await page.locator('main p.notice[role=status]').innerText(), /enregistrée?s? pour/);
      const rows = await page.locator('#people tbody tr').allInnerTexts();
      assert.ok(rows[0].includes('Présent'), rows[0]);
      assert.ok(rows[1].includes('Absent'), rows[1]);
      await assertNoAxeViolations(page, 'attendance saved');
      await page.screenshot({ path: screenshotPath('session-attendance-fr-desktop'), fullPage: true });
    });
  });
});
