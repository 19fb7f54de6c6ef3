// The plan's back office at 360×740, in French and Arabic: the deliverables'
// list, a deliverable form sent empty (the summary takes the focus, each
// field named), a deliverable's status changed with the keyboard only and
// seen in its history with why, the versions and a version's page with what
// changed and the committee's decision form; zero axe-core violations,
// screenshots of each.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO, VIEWPORTS, assertNoAxeViolations, focusedAfterErrors, launch, screenshotPath, signIn, tabUntil, visit,
  withPage,
} from './lib/browser.mjs';

const COMMITTEE = { email: 'committee@demo.passerelle.test', password: 'demo-committee-password' };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ['fr', 'ar']) {
  describe(`plan back office (${lang})`, () => {
    test('the list and an empty deliverable form', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/plan`, 80, 'the plan link');
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/bo/plan$`)), page.keyboard.press('Enter')]);
        assert.ok(await page.locator('#plan-deliverables tbody tr').count() > 0, 'the deliverables are listed');
        assert.ok(await page.locator('#plan-deliverables .overdue').count() > 0, 'overdue ones are marked in words');
        assert.equal(await page.locator('#plan-versions-summary a[href*="/bo/plan/versions/"]').count() > 0, true);
        await assertNoAxeViolations(page, `plan deliverables (${lang})`);
        await page.screenshot({ path: screenshotPath(`plan-bo-list-${lang}-phone`), fullPage: true });

        await tabUntil(page, (f) => f.tag === 'a' && f.href === `/${lang}/bo/plan/deliverables/new`, 80, 'the add link');
        await Promise.all([page.waitForURL(/\/bo\/plan\/deliverables\/new$/), page.keyboard.press('Enter')]);
        await assertNoAxeViolations(page, `deliverable form (${lang})`);
        await tabUntil(page, (f) => f.id === 'evidence', 80, '#evidence');
        await page.keyboard.type('ftp://exemple.org');
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit', 10, 'the add button');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        const f = await focusedAfterErrors(page);
        assert.match(f.className ?? '', /error-summary/, `the summary has the focus: ${JSON.stringify(f)}`);
        assert.match(await page.title(), lang === 'fr' ? /^Erreur/ : /^خطأ/);
        for (const field of ['measure', 'what', 'due', 'evidence']) {
          assert.equal(await page.locator(`.error-summary a[href="#${field}"]`).count(), 1, `the summary names ${field}`);
          assert.equal(await page.locator(`#${field}-error`).count(), 1, `${field} has its message`);
        }
        assert.equal(await page.locator('#evidence').inputValue(), 'ftp://exemple.org', 'what was typed is kept');
        await assertNoAxeViolations(page, `deliverable form with errors (${lang})`);
        await page.screenshot({ path: screenshotPath(`plan-bo-form-errors-${lang}-phone`), fullPage: true });
      });
    });

    test("a deliverable's status changed with the keyboard only", { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/plan?status=planned`);
        const href = await page.locator('#plan-deliverables tbody a').first().getAttribute('href');
        await visit(page, href);
        const before = await page.locator('#deliverable-history tbody tr').count();
        // Planned → in progress: the next option.
        await tabUntil(page, (f) => f.id === 'status', 120, '#status');
        await page.keyboard.press('ArrowDown');
        assert.equal(await page.locator('#status').inputValue(), 'in_progress');
        const why = lang === 'fr' ? 'Le prestataire a commencé' : 'بدأ المزوّد العمل';
        await tabUntil(page, (f) => f.id === 'why', 20, '#why');
        await page.keyboard.type(why);
        await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit', 10, 'the save button');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        assert.match(page.url(), /\/bo\/plan\/deliverables\/\d+\?saved=1$/);
        assert.equal(await page.locator('p.notice[role="status"]').count(), 1, 'saved is said');
        const rows = page.locator('#deliverable-history tbody tr');
        assert.equal(await rows.count(), before + 1, 'one more status in the history');
        const last = await rows.last().innerText();
        assert.ok(last.includes(why), `the history says why: ${last}`);
        assert.ok(last.includes('coordination@demo.passerelle.test'), `and who: ${last}`);
        await assertNoAxeViolations(page, `deliverable page (${lang})`);
        await page.screenshot({ path: screenshotPath(`plan-bo-deliverable-${lang}-phone`), fullPage: true });
      });
    });

    test('the versions and a version waiting for the committee', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, DEMO.coordinator, lang);
        await visit(page, `/${lang}/bo/plan/versions`);
        await assertNoAxeViolations(page, `plan versions (${lang})`);
        if (await page.locator('#plan-version-pending').count() === 0) {
          await tabUntil(page, (f) => f.id === 'note', 80, '#note');
          await page.keyboard.type(lang === 'fr' ? 'Trois livrables ont changé' : 'تغيّرت ثلاثة مخرجات');
          await tabUntil(page, (f) => f.tag === 'button' && f.type === 'submit', 10, 'the submit button');
          await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
          assert.match(page.url(), /\/bo\/plan\/versions\/\d+\?submitted=1$/);
        }
        await page.screenshot({ path: screenshotPath(`plan-bo-versions-${lang}-phone`), fullPage: true });
      });
      await withPage(browser, { viewport: VIEWPORTS.phone, bypassCSP: true }, async (page) => {
        await signIn(page, COMMITTEE, lang);
        await visit(page, `/${lang}/bo/plan/versions`);
        const href = await page.locator('#plan-version-pending a').first().getAttribute('href');
        await visit(page, href);
        assert.ok(await page.locator('#plan-version-changes > li').count() > 0, 'what changed is listed');
        assert.equal(await page.locator('button[name="decision"]').count(), 2, 'approve or return');
        await assertNoAxeViolations(page, `plan version (${lang})`);
        await page.screenshot({ path: screenshotPath(`plan-bo-version-${lang}-phone`), fullPage: true });
        // Returning without a reason: refused, the note field named and focused first.
        await tabUntil(page, (f) => f.tag === 'button' && f.name === 'decision' && f.className.includes('secondary'), 120, 'return');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        const f = await focusedAfterErrors(page);
        assert.match(f.className ?? '', /error-summary/, `the summary has the focus: ${JSON.stringify(f)}`);
        assert.equal(await page.locator('.error-summary a[href="#decision-note"]').count(), 1);
        await assertNoAxeViolations(page, `plan version with an error (${lang})`);
      });
    });
  });
}
