// With JavaScript turned off (old phones, strict settings) the search form,
// the filters and the pagination still work: they are plain forms and links.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, resultNames, visit, withPage } from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NO_JS = { javaScriptEnabled: false, viewport: { width: 360, height: 740 } };

/** The announced number of results ("18 lieux"): the status message with a number in it. */
async function count(page) {
  const texts = (await page.locator('main [role="status"]').allInnerTexts()).map((t) => t.trim());
  const found = texts.find((t) => /\d/.test(t));
  assert.ok(found, `a status message with the number of results (got ${JSON.stringify(texts)})`);
  return found;
}

test('without JavaScript: search, then a filter changes the results', { timeout: 90_000 }, async () => {
  await withPage(browser, NO_JS, async (page) => {
    await visit(page, '/fr/');
    await page.locator('main form input[name="q"]').fill('1080');
    await Promise.all([page.waitForURL(/\/fr\/search\?/), page.locator('main form[role="search"] button[type="submit"]').click()]);
    assert.equal(new URL(page.url()).searchParams.get('q'), '1080');
    const before = await resultNames(page);
    const countBefore = await count(page);
    assert.ok(before.length > 0, 'results for 1080');

    // Open the filters (a <details> element works without JavaScript) and keep only labelled places.
    const details = page.locator('main details').first();
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    const labelled = page.locator('main details form input[name="labelled"]');
    await labelled.check();
    const filterForm = page.locator('main details form');
    await Promise.all([page.waitForURL(/labelled=/), filterForm.locator('button[type="submit"]').click()]);

    const params = new URL(page.url()).searchParams;
    assert.equal(params.get('q'), '1080', 'the filter form keeps the search');
    assert.ok(['true', 'on'].includes(params.get('labelled')), `labelled is sent (got ${page.url()})`);
    const after = await resultNames(page);
    const countAfter = await count(page);
    assert.ok(after.length > 0, 'labelled places near 1080');
    assert.notDeepEqual(after, before, 'the filter changes the list of results');
    assert.notEqual(countAfter, countBefore, 'the count of results changes');
    assert.ok(await page.locator('main details form input[name="labelled"]').isChecked(), 'the chosen filter stays chosen');
    assert.equal(await page.locator('main form[role="search"] input[name="q"]').inputValue(), '1080', 'the search box keeps what was typed');
  });
});

test('without JavaScript: a service filter from a select works', { timeout: 60_000 }, async () => {
  await withPage(browser, NO_JS, async (page) => {
    await visit(page, '/fr/search?q=1080');
    const before = await resultNames(page);
    const details = page.locator('main details').first();
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await page.locator('main details form select[name="service"]').selectOption('parenting');
    await Promise.all([page.waitForURL(/service=parenting/), page.locator('main details form button[type="submit"]').click()]);
    const after = await resultNames(page);
    assert.ok(after.length > 0 && after.length < before.length, `fewer results with service=parenting (${before.length} → ${after.length})`);
    assert.equal(await page.locator('main details form select[name="service"]').inputValue(), 'parenting', 'the chosen service stays chosen');
  });
});

test('without JavaScript: the pages of results are links', { timeout: 60_000 }, async () => {
  await withPage(browser, NO_JS, async (page) => {
    await visit(page, '/fr/search');
    const first = await resultNames(page);
    const next = page.locator('main a[rel="next"]');
    assert.equal(await next.count(), 1, 'a link to the next page of all places');
    await Promise.all([page.waitForURL(/page=2/), next.click()]);
    const second = await resultNames(page);
    assert.ok(second.length > 0, 'page 2 has results');
    assert.ok(second.every((n) => !first.includes(n)), 'page 2 shows other places than page 1');
  });
});
