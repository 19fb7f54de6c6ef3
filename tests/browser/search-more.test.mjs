// The search box reads what people type (docs/search.md): a typing mistake
// offers the corrected search, words of services and districts find places, and
// a filter on what many places do not say ("free") counts them and offers them.
// At 360×740, in French and Arabic, with zero axe violations (bypassCSP lets
// addScriptTag inject axe-core despite the strict Content-Security-Policy).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, assertNoAxeViolations, launch, resultNames, screenshotPath, visit, withPage } from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ['fr', 'ar']) {
  test(`${lang}: a typing mistake offers a link to the corrected search`, { timeout: 90_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await visit(page, `/${lang}/search?q=molenbek`);
      const link = page.locator('main .did-you-mean a');
      await assert.doesNotReject(link.waitFor({ state: 'visible' }));
      assert.equal((await link.innerText()).trim(), 'molenbeek');
      assert.ok((await resultNames(page)).some((n) => /Open Atelier 110/.test(n)), 'results of the corrected search');
      await page.screenshot({ path: screenshotPath(`search-did-you-mean-${lang}-phone`), fullPage: true });
      await assertNoAxeViolations(page, `did you mean (${lang})`);
      await Promise.all([page.waitForURL(/q=molenbeek(&|$)/), link.click()]);
      assert.equal(await page.locator('main .did-you-mean').count(), 0, 'no suggestion for a right word');
    });
  });

  test(`${lang}: the "free" filter says how many places do not say, and shows them on request`, { timeout: 90_000 }, async () => {
    await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
      await visit(page, `/${lang}/search?q=1080&free=true`);
      const notice = page.locator('main .notice.unknown');
      await assert.doesNotReject(notice.waitFor({ state: 'visible' }));
      assert.match(await notice.innerText(), /\d+/, 'a count');
      assert.equal((await resultNames(page)).length, 0, 'no demo place is known to be free');
      await page.screenshot({ path: screenshotPath(`search-unknown-free-${lang}-phone`), fullPage: true });
      await assertNoAxeViolations(page, `unknown free (${lang})`);
      await Promise.all([page.waitForURL(/free_unknown=true/), notice.locator('a').click()]);
      assert.ok((await resultNames(page)).length > 0, 'the places that do not say are listed');
      await page.screenshot({ path: screenshotPath(`search-unknown-free-shown-${lang}-phone`), fullPage: true });
      await assertNoAxeViolations(page, `unknown free shown (${lang})`);
      // A way back.
      await Promise.all([page.waitForURL((u) => !/free_unknown/.test(u.search)), page.locator('main .notice.unknown a').click()]);
    });
  });
}

test('words people type find places: wifi, bibliotheek, Laeken, an Arabic commune, a combined search', { timeout: 90_000 }, async () => {
  await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
    for (const [path, re] of [
      ['/fr/search?q=wifi', /Borne2Connect/],
      ['/nl/search?q=bibliotheek', /Bibliothèque de Laeken/],
      ['/fr/search?q=Laeken', /Bibliothèque de Laeken/],
      [`/ar/search?q=${encodeURIComponent('مولنبيك')}`, /Open Atelier 110/],
      ['/fr/search?q=cours+Schaerbeek', /Journal numérique des parents/],
    ]) {
      await visit(page, path);
      const names = await resultNames(page);
      assert.ok(names.some((n) => re.test(n)), `${path}: expected ${re}; got\n  ${names.join('\n  ')}`);
    }
    await page.screenshot({ path: screenshotPath('search-combined-fr-phone'), fullPage: true });
  });
});
