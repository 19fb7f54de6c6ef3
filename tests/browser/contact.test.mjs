// Reaching a place first, on a 360×740 phone: from the home page to a way of
// contacting a place in a few screens and Tab presses; an Arabic place page
// shows its phone number and hours in their true order (compared as rendered,
// character by character); no sideways scrolling at 320 px; zero axe-core
// violations on the home, results and place pages in the four languages.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, LANGS, VIEWPORTS, assertNoAxeViolations, firstPlaceLink, launch, screenshotPath, signIn, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = '+32 2 411 00 00';
const NAME = 'Espace Contact Test';

/** The place created by the coordination for these tests (its id). */
let placeId;

/** The text of `selector` in the order its characters appear on screen, left to right. */
async function visualText(page, selector) {
  return page.locator(selector).first().evaluate((el) => {
    const chars = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        const box = r.getBoundingClientRect();
        if (box.width > 0) chars.push({ c: node.data[i], x: box.left + box.width / 2 });
      }
    }
    return chars.sort((a, b) => a.x - b.x).map((c) => c.c).join('');
  });
}

/** Whether the focused element is a way to reach a place: tel:, geo:, mailto: or the contact lines of a card. */
async function focusIsContact(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el.tagName !== 'A') return false;
    const href = el.getAttribute('href') || '';
    return /^(tel|geo|mailto):/.test(href) || Boolean(el.closest('article.card p.reach'));
  });
}

describe('contact first', () => {
  before(async () => {
    // The demo's places give no phone (the 2021 report has none): the coordination adds
    // a test place, in a commune the other browser tests do not search.
    await withPage(browser, { viewport: VIEWPORTS.desktop, bypassCSP: true }, async (page) => {
      await signIn(page, DEMO.coordinator, 'fr');
      await visit(page, '/fr/bo/places/new');
      await page.fill('#name', NAME);
      await page.selectOption('#organisation', { index: 1 });
      await page.fill('#address', 'Place Keym 1');
      await page.fill('#postcode', '1170');
      await page.selectOption('#commune', '21017');
      await page.fill('#lat', '50.7980');
      await page.fill('#lon', '4.4170');
      await page.fill('#phone', PHONE);
      await page.fill('#email', 'contact@example.org');
      await page.fill('#opening_hours', 'Mo-Su 09:00-12:00,13:00-17:00');
      await Promise.all([page.waitForURL(/\/fr\/bo\/places\/\d+\?done=created/), page.locator('form.place-form button[type=submit]').first().click()]);
      placeId = Number(new URL(page.url()).pathname.split('/').pop());
    });
  });

  test('from the home page to a way of reaching a place: at most 3 screens and 15 Tab presses', { timeout: 120_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone }, async (page) => {
      await visit(page, '/fr/');
      let tabs = 0;
      while (!(await page.evaluate(() => document.activeElement?.id === 'q'))) {
        await page.keyboard.press('Tab');
        tabs += 1;
        assert.ok(tabs <= 15, 'the search box is reached');
      }
      await page.keyboard.type('1210');
      await Promise.all([page.waitForURL(/\/fr\/search\?/), page.keyboard.press('Enter')]);
      // On the results, the skip link passes the header (as a keyboard user does).
      await page.keyboard.press('Tab');
      tabs += 1;
      assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
      await page.keyboard.press('Enter');
      const path = [];
      while (!(await focusIsContact(page))) {
        await page.keyboard.press('Tab');
        tabs += 1;
        path.push(await page.evaluate(() => `${document.activeElement.tagName} ${document.activeElement.getAttribute('href') ?? document.activeElement.id}`));
        assert.ok(tabs <= 15, `a contact link within 15 Tab presses from the home page (at ${tabs}): ${path.join(', ')}`);
      }
      console.log(`contact link after ${tabs} Tab presses: ${path.join(', ')}`);
      // The results are the second screen; the contact link is on its first or second screen.
      const bottom = await page.evaluate(() => document.activeElement.getBoundingClientRect().bottom + window.scrollY);
      assert.ok(bottom <= 2 * VIEWPORTS.phone.height, `the contact link ends ${bottom}px down the results`);
      await page.screenshot({ path: screenshotPath('contact-results-fr-phone') });
    });
  });

  test('an Arabic place page shows its phone number and hours in their true order, before the details', { timeout: 120_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone }, async (page) => {
      await visit(page, `/ar/places/${placeId}`);
      const tel = page.locator('main section.reach a[href^="tel:"]');
      assert.equal(await tel.locator('bdi').getAttribute('dir'), 'ltr');
      assert.equal((await tel.innerText()).trim(), PHONE);
      assert.equal(await visualText(page, 'main section.reach a[href^="tel:"]'), PHONE, 'read left to right on screen');
      assert.equal(await visualText(page, 'main section.reach a[href^="mailto:"]'), 'contact@example.org');
      const geo = await page.locator('main section.reach a[href^="geo:"]').getAttribute('href');
      assert.match(geo, /^geo:50\.798000,4\.417000\?q=Place%20Keym%201,%201170%20/);
      const ranges = page.locator('table.hours tr.today td bdi');
      assert.equal(await ranges.count(), 2);
      assert.equal(await visualText(page, 'table.hours tr.today td bdi:nth-of-type(1)'), '09:00–12:00');
      assert.equal(await visualText(page, 'table.hours tr.today td bdi:nth-of-type(2)'), '13:00–17:00');
      // The ways to reach it come before the hours table.
      const telY = await tel.evaluate((e) => e.getBoundingClientRect().top);
      const tableY = await page.locator('table.hours').evaluate((e) => e.getBoundingClientRect().top);
      assert.ok(telY < tableY, 'the phone comes before the hours');
      assert.ok(telY < VIEWPORTS.phone.height, 'the phone is on the first screen');
      await page.screenshot({ path: screenshotPath('contact-place-ar-phone') });

      // Its card in the results, too.
      await visit(page, `/ar/search?q=${encodeURIComponent(NAME)}`);
      assert.equal(await visualText(page, 'main article.card a[href^="tel:"]'), PHONE);
      await page.locator('main article.card').first().screenshot({ path: screenshotPath('contact-card-ar-phone') });
    });
  });

  test('no sideways scrolling at 320 px on the home, results and place pages', { timeout: 120_000 }, async () => {
    await withPage(browser, { viewport: { width: 320, height: 640 } }, async (page) => {
      for (const lang of ['fr', 'ar']) {
        for (const path of [`/${lang}/`, `/${lang}/search?q=1170`, `/${lang}/places/${placeId}`]) {
          await visit(page, path);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= 320, `${path} is ${width}px wide`);
        }
      }
    });
  });

  test('zero axe-core violations on the home, results and place pages in every language', { timeout: 240_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      for (const lang of LANGS) {
        for (const path of [`/${lang}/`, `/${lang}/search?q=1210`, `/${lang}/places/${placeId}`]) {
          await visit(page, path);
          await assertNoAxeViolations(page, `${path} (phone)`);
        }
        // A demo place without phone: the page points to the region's helpline.
        await visit(page, `/${lang}/search?q=1210`);
        await visit(page, await firstPlaceLink(page).getAttribute('href'));
        assert.ok(await page.locator('main section.reach').count() === 1);
        await assertNoAxeViolations(page, `${lang} place page without phone (phone)`);
        if (lang === 'fr' || lang === 'ar') await page.screenshot({ path: screenshotPath(`contact-helpline-${lang}-phone`), fullPage: true });
      }
    });
  });
});
