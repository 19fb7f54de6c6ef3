// Equipment at 360×740, in French and Arabic: the public catalogue and the
// yearly tables of equipment given (zero axe-core violations, no
// horizontal scrolling, screenshots); the demo EPN manager orders with the
// keyboard only — refused above the 10,000 € cap with the amount over it,
// the quantities kept —, then sends an order under the cap; the
// coordination's asset register shows the demo deliveries' transfer dates,
// and a unit's page records that it broke (a date in the future refused,
// the note kept) and shows it in its history.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoOverflow, DEMO, VIEWPORTS, assertNoAxeViolations, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function typeInto(page, id, text, max) {
  await tabUntil(page, (f) => f.id === id, max, `the field ${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

for (const lang of ['fr', 'ar']) {
  describe(`equipment (${lang})`, () => {
    test('the public pages: accessible, no horizontal scrolling', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        for (const [name, path] of [['catalogue', '/equipment'], ['distributed', '/equipment/distributed']]) {
          await visit(page, `/${lang}${path}`);
          assert.equal(await page.locator('main h1').count(), 1);
          await assertNoOverflow(page, `${name} (${lang})`);
          await assertNoAxeViolations(page, `equipment ${name} (${lang})`);
          await page.screenshot({ path: screenshotPath(`equipment-${name}-${lang}-phone`), fullPage: true });
        }
        const foot = await page.locator('#refurbished-2021 tfoot').innerText();
        for (const n of ['813', '255', '367']) assert.ok(foot.includes(n), `${n} in ${foot}`);
      });
    });

    test('an EPN manager is refused above the cap, then orders, by keyboard', { timeout: 240_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.epn, lang);
        await visit(page, `/${lang}/bo/equipment`);
        await assertNoAxeViolations(page, `equipment home (${lang})`);
        const link = page.locator('main a[href*="/bo/equipment/order/"]').first();
        const href = await link.getAttribute('href');
        assert.ok(href, 'the manager can order for a labelled EPN');
        await tabUntil(page, (f) => f.tag === 'a' && f.href === href, 80, 'the order link');
        await Promise.all([page.waitForURL(/\/bo\/equipment\/order\/\d+$/), page.keyboard.press('Enter')]);
        // Already known: contact and address; 30 Chromebooks and a braille keyboard.
        await typeInto(page, 'q_a7-001', '30', 40);
        await typeInto(page, 'q_a7-098', '1', 200);
        await tabUntil(page, (f) => f.tag === 'button' && f.name === 'action' && f.className === '', 10, 'the send button');
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
        const summary = await page.locator('.error-summary').innerText();
        assert.match(summary, /3\s574,63/, summary);
        assert.equal(await page.locator('[id="q_a7-001"]').inputValue(), '30', 'the quantity is kept');
        await assertNoAxeViolations(page, `order refused (${lang})`);
        await page.screenshot({ path: screenshotPath(`equipment-refused-${lang}-phone`), fullPage: true });
        await page.locator('[id="q_a7-001"]').focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('10');
        await tabUntil(page, (f) => f.tag === 'button' && f.name === 'action' && f.className === 'secondary', 200, 'recalculate');
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
        assert.match(await page.locator('#order-total').innerText(), /4\s741,63/);
        // The demo manager has one place: the French run stops here, the
        // Arabic one (after it) sends the order.
        if (lang === 'ar') {
          await tabUntil(page, (f) => f.tag === 'button' && f.name === 'action' && f.className === '', 300, 'the send button');
          await Promise.all([page.waitForURL(/\/bo\/equipment\?sent$/), page.keyboard.press('Enter')]);
          await assertNoAxeViolations(page, `order sent (${lang})`);
          assert.equal(await page.locator('main a[href*="/bo/equipment/order/"]').count(), 0, 'no second order');
        }
      });
    });
  });
}

for (const lang of ['fr', 'ar']) {
  test(`the asset register and an asset's page, by keyboard (${lang})`, { timeout: 120_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.coordinator, lang);
      await visit(page, `/${lang}/bo/equipment/assets?months=120`);
      if (lang === 'fr') {
        const table = await page.locator('#assets').innerText();
        assert.match(table, /29 février 2028/, 'delivered 29 February 2024');
      }
      assert.ok((await page.locator('#transfers-due li').count()) > 0);
      await assertNoAxeViolations(page, `asset register (${lang})`);
      await page.screenshot({ path: screenshotPath(`equipment-assets-${lang}-phone`), fullPage: true });
      // The first unit of the register: record that it broke.
      const href = await page.locator('#assets tbody tr:first-child a').getAttribute('href');
      await visit(page, href);
      await assertNoOverflow(page, `asset (${lang})`);
      await assertNoAxeViolations(page, `asset (${lang})`);
      // Tab reaches the group at its first choice; the arrow keys choose.
      await tabUntil(page, (f) => f.id === 'event-moved', 150, 'the choices of what happened');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.locator('#event-broken').isChecked(), true);
      // A date field takes its parts in the browser's own order: reached
      // by Tab, filled as the ISO date it sends.
      await tabUntil(page, (f) => f.id === 'on', 10, 'the date');
      await page.locator('#on').fill('2099-01-01');
      await typeInto(page, 'note', `Écran fêlé (${lang})`, 6);
      await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && f.className === '', 10, 'the record button');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
      // A date in the future is refused, what was typed kept.
      assert.equal(await page.locator('.error-summary a[href="#on"]').count(), 1);
      assert.equal(await page.locator('#note').inputValue(), `Écran fêlé (${lang})`);
      await assertNoAxeViolations(page, `asset event refused (${lang})`);
      await page.screenshot({ path: screenshotPath(`equipment-asset-refused-${lang}-phone`), fullPage: true });
      await page.locator('#on').fill('');
      await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && f.className === '', 20, 'the record button');
      await Promise.all([page.waitForURL(/\?recorded$/), page.keyboard.press('Enter')]);
      assert.match(await page.locator('#asset-history').innerText(), new RegExp(`Écran fêlé \\(${lang}\\)`));
      await page.screenshot({ path: screenshotPath(`equipment-asset-${lang}-phone`), fullPage: true });
    });
  });
}
