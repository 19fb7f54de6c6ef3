// The funded projects at 360×740, in French and Arabic: the list of every
// call and Digital Brussels 2021's page — zero axe-core violations, no
// horizontal scrolling, screenshots —, the call chosen with the keyboard
// only and without JavaScript, the reported difference shown, and the
// 360Giving download reached from the open-data page.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoOverflow, VIEWPORTS, assertNoAxeViolations, launch, screenshotPath, tabUntil, url, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PAGES = [
  ['all', '/funded-projects'],
  ['digital-brussels', '/calls/digital-brussels-2021/funded'],
];

for (const lang of ['fr', 'ar']) {
  describe(`the funded projects (${lang})`, () => {
    for (const [name, path] of PAGES) {
      test(`${name}: accessible, no horizontal scrolling`, { timeout: 120_000 }, async () => {
        await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
          await visit(page, `/${lang}${path}`);
          assert.equal(await page.locator('main h1').count(), 1);
          await assertNoOverflow(page, `${name} (${lang})`);
          await assertNoAxeViolations(page, `funded ${name} (${lang})`);
          await page.screenshot({ path: screenshotPath(`funded-${name}-${lang}-phone`), fullPage: true });
        });
      });
    }
  });
}

test('a call chosen with the keyboard only, without JavaScript', { timeout: 120_000 }, async () => {
  await withPage(browser, { javaScriptEnabled: false, viewport: VIEWPORTS.phone }, async (page) => {
    await visit(page, '/fr/funded-projects');
    assert.match(await page.locator('#funded-summary').innerText(), /33 projets financés/);
    await tabUntil(page, (f) => f.tag === 'select' && f.id === 'call', 80, 'the call filter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabUntil(page, (f) => f.tag === 'button', 5, 'the show button');
    await Promise.all([page.waitForURL(/\/fr\/funded-projects\?call=/), page.keyboard.press('Enter')]);
    const summary = await page.locator('#funded-summary').innerText();
    assert.ok(/30 projets financés/.test(summary) || /3 projets financés/.test(summary), summary);
    await visit(page, '/fr/calls/digital-brussels-2021/funded');
    const declared = await page.locator('#funded-declared').innerText();
    assert.match(declared, /390\s000,00/);
    assert.match(declared, /1\s594,00/);
  });
});

test('the 360Giving file is linked from the open-data page and downloads', { timeout: 90_000 }, async () => {
  await withPage(browser, { viewport: VIEWPORTS.phone }, async (page) => {
    await visit(page, '/fr/open-data');
    const link = page.locator('main a[href="/open-data/grants.360giving.json"]');
    assert.equal(await link.count(), 1);
    const res = await page.request.get(url('/open-data/grants.360giving.json'));
    assert.equal(res.status(), 200);
    const body = await res.json();
    assert.equal(body.grants.length, 33);
  });
});
