// Survey editions, with the keyboard only at 360×740: the coordination
// opens the editions, sends the new-edition form empty first (the summary
// takes the focus and names the fields), then creates an edition, adds a
// labelled EPN (its weekly visitors from its capacity records), sees the
// place's short link and opens its poster to print; zero axe-core
// violations in French and Arabic, screenshots of each page.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focused, focusedAfterErrors, launch, screenshotPath, signIn, tabUntil, withPage,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Tabs to the field `id` and replaces its value by `text`. */
async function typeInto(page, id, text) {
  await tabUntil(page, (f) => f.id === id, 120, `#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

for (const lang of ['fr', 'ar']) {
  describe(`survey editions (${lang})`, () => {
    test('the coordination creates an edition, adds a place and sees its link and poster', { timeout: 240_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        // The menu link to the editions.
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/survey/editions`, 120, 'the survey editions link');
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/bo/survey/editions$`)), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `survey editions (${lang})`);
        await page.screenshot({ path: screenshotPath(`survey-editions-list-${lang}-phone`), fullPage: true });

        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/survey/editions/new`, 80, 'the new edition link');
        await Promise.all([page.waitForURL(/\/editions\/new$/), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `new edition form (${lang})`);

        // Sent empty: the summary has the focus and names the fields.
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit' && f.className === '', 80, 'the save button');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        const f = await focusedAfterErrors(page);
        assert.match(f.className ?? '', /error-summary/, `the summary has the focus: ${JSON.stringify(f)}`);
        assert.equal(await page.locator('.error-summary a[href="#title"]').count(), 1, 'the title is named');
        assert.equal(await page.locator('.error-summary a[href="#questionnaire"]').count(), 1, 'the questionnaire is named');
        await assertNoAxeViolations(page, `new edition form with errors (${lang})`);
        await page.screenshot({ path: screenshotPath(`survey-editions-errors-${lang}-phone`), fullPage: true });

        // The first stored questionnaire, chosen with the arrow key.
        await tabUntil(page, (f) => f.id === 'questionnaire', 80, '#questionnaire');
        await page.keyboard.press('ArrowDown');
        assert.notEqual(await page.locator('#questionnaire').inputValue(), '', 'a questionnaire is chosen');
        const slug = `browser-${lang}-${Date.now()}`;
        await typeInto(page, 'title', `Enquête ${slug}`);
        await typeInto(page, 'slug', slug);
        await typeInto(page, 'opens_on', '2026-03-02');
        await typeInto(page, 'closes_on', '05/04/2026');
        await Promise.all([page.waitForURL(/\/editions\/\d+\?saved=1$/), page.keyboard.press('Enter')]);
        assert.equal(await page.locator('[role="status"]').count(), 1, 'saved is said');
        await assertNoAxeViolations(page, `edition page (${lang})`);

        // A labelled EPN, its weekly visitors left to its capacity records.
        await tabUntil(page, (f) => f.id === 'place', 120, '#place');
        await page.keyboard.press('ArrowDown');
        const chosen = await page.locator('#place option:checked').innerText();
        await tabUntil(page, (f) => f.id === 'weekly_visitors', 10, '#weekly_visitors');
        await Promise.all([page.waitForURL(/\?added=/), page.keyboard.press('Enter')]);
        const row = page.locator('#edition-places tbody tr', { hasText: chosen.trim() });
        assert.equal(await row.count(), 1, `the place is listed: ${chosen}`);
        const link = await row.locator('a[href*="/s/"]').innerText();
        assert.match(link, /\/s\/[A-Z0-9]{6}$/, `its short link: ${link}`);
        await assertNoAxeViolations(page, `edition with a place (${lang})`);
        await page.screenshot({ path: screenshotPath(`survey-editions-edition-${lang}-phone`), fullPage: true });

        // Its A4 poster, to print.
        await tabUntil(page, (f) => f.tag === 'a' && /\/poster\?size=a4$/.test(f.href ?? ''), 120, 'the A4 poster link');
        const href = (await focused(page)).href;
        await Promise.all([page.waitForURL((u) => u.pathname.endsWith('/poster')), page.keyboard.press('Enter')]);
        assert.ok(href.includes('/places/'), href);
        const svg = page.locator('.sheet svg');
        assert.equal(await svg.count(), 1, 'the poster is on the page');
        const text = await svg.locator('text').allTextContents();
        assert.ok(text.some((t) => t.endsWith(link.replace(/^https?:\/\//, ''))), `the poster prints the link: ${text.join(' | ')}`);
        assert.ok((await svg.locator('g[id$="-qr"] rect').count()) > 50, 'the QR code is drawn');
        await assertNoAxeViolations(page, `poster page (${lang})`);
        await page.screenshot({ path: screenshotPath(`survey-editions-poster-${lang}-phone`), fullPage: true });
      });
    });
  });
}
