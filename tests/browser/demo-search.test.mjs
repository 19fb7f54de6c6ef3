// The demo shows the labelled Brussels EPN of 2021 (data/demo/brussels-2021.toml)
// for the searches people type: a postcode, a commune in French or Dutch, any case.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, resultNames, visit, withPage } from './lib/browser.mjs';

const MOLENBEEK = [/^Open Atelier 110 – Jardinier$/, /^EPN de SKS \(Study Kids Support\)$/];
const CASES = [
  { q: '1080', expect: MOLENBEEK },
  { q: 'Molenbeek', expect: MOLENBEEK },
  { q: 'Sint-Jans-Molenbeek', expect: MOLENBEEK },
  { q: 'ganshoren', expect: [/^EPN de Ganshoren$/] },
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const { q, expect } of CASES) {
  test(`searching "${q}" from the home page shows ${expect.map(String).join(' and ')} on the first page`, { timeout: 60_000 }, async () => {
    await withPage(browser, {}, async (page) => {
      await visit(page, '/fr/');
      await page.locator('main form input[name="q"]').fill(q);
      await Promise.all([page.waitForURL(/\/fr\/search\?/), page.locator('main form[role="search"] button[type="submit"]').click()]);
      const names = await resultNames(page);
      assert.ok(names.length > 0, `no result for ${q}`);
      // Nearest first: the places of the commune are on the first page of results.
      for (const re of expect) {
        assert.ok(names.some((n) => re.test(n.trim())), `expected ${re} on the first page of results for "${q}"; got:\n  ${names.join('\n  ')}`);
      }
    });
  });
}

test('a place of the demo has its commune page with its places', { timeout: 60_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await visit(page, '/fr/communes/molenbeek-saint-jean');
    const names = (await resultNames(page)).map((n) => n.trim());
    for (const re of MOLENBEEK) assert.ok(names.some((n) => re.test(n)), `${re} on the Molenbeek page; got ${names.join(', ')}`);
  });
});
