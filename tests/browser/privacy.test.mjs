// Nothing leaves the site: no CDN, no web font, no analytics, no map tiles;
// and the strict Content-Security-Policy blocks nothing the pages need.
// (Every other test file checks this too, through withPage; this one walks
// every public page kind in every language, phone-sized, and lists what loaded.)

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, firstPlaceLink, launch, sameOrigin, visit } from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('every public page loads only from the server itself', { timeout: 180_000 }, async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const requests = [];
  const cspErrors = [];
  ctx.on('request', (r) => requests.push(r.url()));
  const page = await ctx.newPage();
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspErrors.push(`${page.url()}: ${msg.text()}`);
  });
  try {
    for (const lang of LANGS) {
      for (const path of [`/${lang}/`, `/${lang}/search?q=1080&service=training&labelled=true`, `/${lang}/communes`, `/${lang}/communes/molenbeek-saint-jean`, `/${lang}/open-data`, `/${lang}/no-such-page`]) {
        await visit(page, path, { status: path.endsWith('no-such-page') ? 404 : 200 });
        await page.waitForLoadState('networkidle');
      }
      await visit(page, `/${lang}/search?q=ganshoren`);
      await visit(page, await firstPlaceLink(page).getAttribute('href'));
      await page.waitForLoadState('networkidle');
    }
    // The root redirects to a language.
    await visit(page, '/');
  } finally {
    await ctx.close();
  }
  assert.ok(requests.length >= LANGS.length * 6, `pages were visited (${requests.length} requests)`);
  const foreign = requests.filter((u) => !sameOrigin(u));
  assert.deepEqual(foreign, [], `requests that left the site:\n  ${foreign.join('\n  ')}`);
  // With the CSP enforced, nothing the pages need is blocked (an inline style or script would be).
  assert.deepEqual(cspErrors, [], `Content-Security-Policy violations:\n  ${cspErrors.join('\n  ')}`);
});
