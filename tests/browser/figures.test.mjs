// The figures (issue 11). The public page at 360×740 in French and Arabic:
// zero axe-core violations, every section shows its figures or says it has
// none yet, every figure is a table with its chart beside it (an image with
// a title and a description), and the year form works with JavaScript
// turned off. The coordination changes the back office's filters with the
// keyboard only: a wrong month is named and kept, then a right period shows.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focusedAfterErrors, launch, screenshotPath, signIn, tabUntil, visit, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NONE_YET = { fr: 'Pas encore de chiffres pour cette période.', ar: 'لا توجد أرقام لهذه الفترة بعد.' };

/** Each section has figures or says it has none; each figure has its table and its chart. */
async function assertFigures(page, lang) {
  const sections = page.locator('main section.figures-section');
  assert.equal(await sections.count(), 3, 'activity, capacity, cadastre');
  for (let i = 0; i < 3; i++) {
    const s = sections.nth(i);
    const figures = s.locator('section.figure');
    const n = await figures.count();
    if (n === 0) {
      assert.match(await s.innerText(), new RegExp(NONE_YET[lang]), `section ${i} says it has no figures yet`);
    }
    for (let j = 0; j < n; j++) {
      const f = figures.nth(j);
      assert.equal(await f.locator('table caption').count(), 1, 'the table has a caption');
      const chart = f.locator('svg');
      if (await f.locator('tbody tr').count() > 0) {
        assert.equal(await chart.getAttribute('role'), 'img', 'the chart is an image');
        const [titleId, descId] = (await chart.getAttribute('aria-labelledby')).split(' ');
        assert.ok((await chart.locator(`title#${titleId}`).textContent()).length > 0, 'the chart has a title');
        assert.ok((await chart.locator(`desc#${descId}`).textContent()).length > 0, 'and a description');
      }
      assert.equal(await f.locator('a[href*=".csv"]').count(), 1, 'a CSV download');
      assert.equal(await f.locator('a[href*=".xlsx"]').count(), 1, 'a spreadsheet download');
    }
  }
}

for (const lang of ['fr', 'ar']) {
  describe(`figures (${lang})`, () => {
    test('the public figures at 360×740', { timeout: 120_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await visit(page, `/${lang}/`);
        // The footer leads to the figures.
        await page.locator(`footer a[href="/${lang}/figures"]`).click();
        await page.waitForURL(new RegExp(`/${lang}/figures$`));
        assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
        await assertFigures(page, lang);
        await assertNoAxeViolations(page, `public figures (${lang})`);
        await page.screenshot({ path: screenshotPath(`figures-public-${lang}-phone`), fullPage: true });
        // A wide table scrolls inside its own box: the page never scrolls sideways
        // (the 2021 study's tables are the widest; hidden-value marks once escaped their box).
        await visit(page, `/${lang}/figures?year=2021`);
        assert.ok(await page.locator('table.figures').count() > 0, 'the 2021 study\'s tables');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 360, `no sideways scrolling on a phone: the page is ${width}px wide`);
      });
    });
  });
}

test('without JavaScript, the year form shows another year', { timeout: 90_000 }, async () => {
  await withPage(browser, { javaScriptEnabled: false, viewport: VIEWPORTS.phone }, async (page) => {
    await visit(page, '/fr/figures');
    await page.locator('#year').selectOption('2021');
    await Promise.all([page.waitForURL(/\/fr\/figures\?year=2021$/), page.locator('main form button[type="submit"]').click()]);
    assert.equal(await page.locator('#year').inputValue(), '2021');
    await assertFigures(page, 'fr');
  });
});

test('the coordination changes the filters with the keyboard', { timeout: 180_000 }, async () => {
  await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
    await signIn(page, DEMO.coordinator, 'fr');
    await tabUntil(page, (f) => f.tag === 'a' && f.href === '/fr/bo/figures', 80, 'the figures link');
    await Promise.all([page.waitForURL(/\/fr\/bo\/figures$/), page.keyboard.press('Enter')]);
    await assertNoAxeViolations(page, 'back-office figures');
    // A wrong month first.
    await tabUntil(page, (f) => f.id === 'from', 80, '#from');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-13');
    await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit', 10, 'the Show button');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const f = await focusedAfterErrors(page);
    assert.match(f.className ?? '', /error-summary/, `the summary has the focus: ${JSON.stringify(f)}`);
    assert.match(await page.title(), /^Erreur/);
    assert.equal(await page.locator('a[href="#from"]').innerText(), 'Du mois : écrivez un mois comme 2026-03.');
    assert.equal(await page.locator('#from').inputValue(), '2026-13', 'what was typed is kept');
    await assertNoAxeViolations(page, 'back-office figures with an error');
    await page.screenshot({ path: screenshotPath('figures-bo-errors-fr-phone'), fullPage: true });
    // A right period and a commune, chosen with the keyboard.
    await tabUntil(page, (f) => f.id === 'from', 80, '#from');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-01');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-06');
    await page.keyboard.press('Tab');
    assert.equal((await page.evaluate(() => document.activeElement.id)), 'commune');
    await page.keyboard.press('ArrowDown');
    const commune = await page.locator('#commune').inputValue();
    assert.ok(commune.length > 0, 'a commune is chosen');
    await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit', 10, 'the Show button');
    await Promise.all([page.waitForURL(/\/fr\/bo\/figures\?from=2026-01&/), page.keyboard.press('Enter')]);
    const q = new URL(page.url()).searchParams;
    assert.deepEqual([q.get('from'), q.get('to'), q.get('commune')], ['2026-01', '2026-06', commune]);
    assert.match(await page.locator('main [role="status"]').innerText(), /1 janvier 2026 à 30 juin 2026/);
    await assertFigures(page, 'fr');
    await assertNoAxeViolations(page, 'back-office figures of a commune');
    await page.screenshot({ path: screenshotPath('figures-bo-fr-phone'), fullPage: true });
  });
});
