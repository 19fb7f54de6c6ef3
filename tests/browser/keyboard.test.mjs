// A person using only a keyboard can search and open a place.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { focused, launch, tabUntil, url, visit, withPage } from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('keyboard only: skip link first, search 1080, open the first result', { timeout: 90_000 }, async () => {
  await withPage(browser, { viewport: { width: 1280, height: 800 } }, async (page) => {
    await visit(page, '/fr/');

    // The first Tab lands on the skip link, which leads to the main content.
    await page.keyboard.press('Tab');
    const first = await focused(page);
    assert.equal(first.tag, 'a', `first focus is a link (got ${JSON.stringify(first)})`);
    assert.equal(first.href, '#main', `the first thing on the page is the skip link (got ${JSON.stringify(first)})`);
    assert.ok(first.text.length > 0, 'the skip link has a visible text when focused');
    const skipVisible = await page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0;
    });
    assert.ok(skipVisible, 'the skip link is visible when it has the focus');
    assert.ok(await page.locator('#main').count() === 1, 'the skip link target #main exists');

    // Tab on to the search box, type a postcode and press Enter.
    await tabUntil(page, (f) => f.tag === 'input' && f.name === 'q', 30, 'the search box');
    await page.keyboard.type('1080');
    await Promise.all([page.waitForURL(/\/fr\/search\?/), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).searchParams.get('q'), '1080');

    // Tab to the first result's link and press Enter.
    const firstLink = page.locator('main ol a[href*="/places/"]').first();
    assert.ok(await firstLink.count() > 0, 'the search for 1080 has results');
    const expectedHref = await firstLink.getAttribute('href');
    const expectedName = (await firstLink.innerText()).trim();
    const path = await tabUntil(page, (f) => f.tag === 'a' && /\/places\//.test(f.href ?? ''), 60, 'a result link');
    const reached = path.at(-1);
    assert.equal(reached.href, expectedHref, 'the first place link reached by Tab is the first result');
    // The focus outline must be visible on the link (a person must see where they are).
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    assert.ok(outline.style !== 'none' && outline.width >= 2, `a visible focus outline on the result link (got ${JSON.stringify(outline)})`);

    await Promise.all([page.waitForURL(url(expectedHref)), page.keyboard.press('Enter')]);
    const h1 = (await page.locator('h1').innerText()).trim();
    assert.equal(h1, expectedName, 'the place page opens with the result name as its heading');
  });
});

test('the skip link moves the focus to the main content', { timeout: 60_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await visit(page, '/fr/search?q=1080');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const f = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    assert.equal(f, 'main', 'after following the skip link the focus is on <main id="main">');
  });
});
