// Every public page type passes axe-core (WCAG 2.1 A and AA) in the four
// languages; French and Arabic also on a phone. Home and results pages are
// saved as screenshots for engineers to look at.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS, VIEWPORTS, assertNoAxeViolations, firstPlaceLink, launch, screenshotPath, visit, withPage,
} from './lib/browser.mjs';

const PAGES = {
  home: (lang) => `/${lang}/`,
  results: (lang) => `/${lang}/search?q=1080&service=training&labelled=true`,
  place: null, // the first result's link, found at run time
  report: null, // "report a mistake" on that place
  commune: (lang) => `/${lang}/communes/molenbeek-saint-jean`,
  'open-data': (lang) => `/${lang}/open-data`,
};
const SCREENSHOTS = new Set(['home', 'results']);
const SCREENSHOT_LANGS = new Set(['fr', 'ar']);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of LANGS) {
  const viewports = lang === 'fr' || lang === 'ar' ? ['phone', 'desktop'] : ['desktop'];
  for (const vp of viewports) {
    describe(`${lang} on ${vp} (${VIEWPORTS[vp].width}×${VIEWPORTS[vp].height})`, () => {
      for (const name of Object.keys(PAGES)) {
        test(`${name} page has no axe violation`, { timeout: 120_000 }, async () => {
          // bypassCSP lets addScriptTag inject axe-core despite the site's strict
          // script-src; privacy.test.mjs checks every page kind with the CSP enforced.
          await withPage(browser, { viewport: VIEWPORTS[vp], bypassCSP: true }, async (page) => {
            if (name === 'place' || name === 'report') {
              await visit(page, PAGES.results(lang));
              const link = firstPlaceLink(page);
              assert.ok(await link.count() > 0, `no result on ${PAGES.results(lang)} to take a place page from`);
              const href = await link.getAttribute('href');
              await visit(page, name === 'report' ? `${href}/report` : href);
            } else {
              await visit(page, PAGES[name](lang));
            }
            if (SCREENSHOTS.has(name) && SCREENSHOT_LANGS.has(lang)) {
              await page.screenshot({ path: screenshotPath(`${name}-${lang}-${vp}`), fullPage: true });
            }
            await assertNoAxeViolations(page, `${name} page, ${lang}, ${vp}`);
          });
        });
      }
    });
  }
}
