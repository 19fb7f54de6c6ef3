// Referrals with a keyboard and a screen reader's eyes: a referrer (at a
// CPAS) goes from the demo EPN's public place page to the referral form,
// sends a person there and sees it in their
// structure's dashboard; the EPN's manager opens it and accepts it.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The id of a place the demo's EPN manager manages (from their places list). */
async function epnPlaceId() {
  let id;
  await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
    await signIn(page, DEMO.epn, 'fr');
    await visit(page, '/fr/bo/places');
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    id = hrefs.map((h) => /^\/fr\/bo\/places\/(\d+)$/.exec(h ?? '')?.[1]).find(Boolean);
  });
  assert.ok(id, 'the EPN manager has a place');
  return id;
}

describe('referrals', () => {
  test('keyboard only: a referrer sends a referral and sees it; the EPN accepts it', { timeout: 180_000 }, async () => {
    const place = await epnPlaceId();
    const name = `Louis ${Date.now() % 100000}`;
    let referral;

    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.referrer, 'fr');
      // From the public page of the place, as a social worker finds it.
      await visit(page, `/fr/places/${place}`);
      const formHref = `/fr/bo/referrals/new?place=${place}`;
      await tabUntil(page, (f) => f.href === formHref, 120, 'the "send a person here" link');
      await Promise.all([page.waitForURL((u) => u.pathname + u.search === formHref), page.keyboard.press('Enter')]);
      await assertNoAxeViolations(page, 'new referral form');
      assert.equal(await page.locator('#target').inputValue(), `place:${place}`, 'the place is chosen');
      await tabUntil(page, (f) => f.id === 'person_name', 60, 'the first name field');
      await page.keyboard.type(name);
      await tabUntil(page, (f) => f.id === 'needs', 10, 'the first need');
      await page.keyboard.press('Space');
      assert.ok(await page.locator('#needs').isChecked(), 'a need ticked with the keyboard');
      await tabUntil(page, (f) => f.id === 'contact_way', 20, 'the contact way');
      await page.keyboard.press('Space');
      assert.ok(await page.locator('#contact_way').isChecked(), 'contact by phone');
      await tabUntil(page, (f) => f.id === 'contact_value', 10, 'the phone field');
      await page.keyboard.type('0470 12 34 56');
      await tabUntil(page, (f) => f.id === 'consent', 10, 'the consent box');
      await page.keyboard.press('Space');
      await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit', 5, 'the send button');
      await Promise.all([page.waitForURL(/\/fr\/bo\/referrals\/\d+\?sent=1$/), page.keyboard.press('Enter')]);
      referral = /\/referrals\/(\d+)/.exec(page.url())[1];
      assert.match(await page.locator('[role=status]').innerText(), /envoyée/);
      await assertNoAxeViolations(page, 'referral sent');

      await visit(page, '/fr/bo/referrals');
      const row = page.locator('#my-referrals tbody tr', { hasText: name });
      assert.equal(await row.count(), 1, 'the referral is in my structure\'s dashboard');
      assert.match(await row.innerText(), /attente de réponse/);
      await assertNoAxeViolations(page, 'referrer dashboard');
      await page.screenshot({ path: screenshotPath('referrals-referrer-phone'), fullPage: true });
    });

    await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.epn, 'fr');
      await visit(page, '/fr/bo/referrals');
      await assertNoAxeViolations(page, 'EPN dashboard');
      const href = `/fr/bo/referrals/${referral}`;
      await tabUntil(page, (f) => f.href === href, 200, 'the referral in the EPN dashboard');
      await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
      assert.match(await page.locator('h1').innerText(), new RegExp(name));
      await assertNoAxeViolations(page, 'referral seen by the EPN');
      await tabUntil(page, (f) => f.tag === 'button' && /Accepter/.test(f.text), 80, 'the accept button');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.match(await page.locator('.referral-facts').innerText(), /Acceptée/);
      await assertNoAxeViolations(page, 'accepted referral');
      await page.screenshot({ path: screenshotPath('referrals-epn-accepted'), fullPage: true });
    });
  });
});
