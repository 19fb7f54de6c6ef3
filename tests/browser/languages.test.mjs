// Each page says its language, Arabic pages read right to left, and the
// language switcher keeps the person on the same page.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, launch, url, visit, withPage } from './lib/browser.mjs';

const PATHS = [
  (l) => `/${l}/`,
  (l) => `/${l}/search?q=1080`,
  (l) => `/${l}/communes/molenbeek-saint-jean`,
  (l) => `/${l}/communes`,
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('Arabic pages have <html dir="rtl" lang="ar">, the others dir="ltr" and their own lang', { timeout: 120_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    for (const lang of LANGS) {
      for (const path of PATHS.map((p) => p(lang))) {
        await visit(page, path);
        const html = await page.evaluate(() => ({
          lang: document.documentElement.getAttribute('lang'),
          dir: document.documentElement.getAttribute('dir'),
          computedDir: getComputedStyle(document.body).direction,
        }));
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        assert.deepEqual(html, { lang, dir, computedDir: dir }, `${path}`);
      }
    }
  });
});

test('an Arabic place page is right to left too', { timeout: 60_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await visit(page, '/ar/search?q=1080');
    const href = await page.locator('main ol a[href*="/places/"]').first().getAttribute('href');
    assert.ok(href, 'no result for 1080 in Arabic');
    await visit(page, href);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  });
});

test('the language switcher names each language in its own name and keeps the page', { timeout: 60_000 }, async () => {
  const autonyms = {
    fr: 'Français', nl: 'Nederlands', en: 'English', ar: 'العربية',
    es: 'Español', tr: 'Türkçe', ro: 'Română', sq: 'Shqip', pl: 'Polski', pt: 'Português',
  };
  await withPage(browser, {}, async (page) => {
    const path = '/fr/search?q=1080';
    await visit(page, path);
    for (const [lang, name] of Object.entries(autonyms)) {
      if (lang === 'fr') continue;
      const link = page.locator(`a[hreflang="${lang}"]`);
      assert.equal(await link.count(), 1, `one link to ${lang}`);
      assert.equal((await link.innerText()).trim(), name);
      const href = await link.getAttribute('href');
      assert.equal(new URL(href, url('/')).pathname + new URL(href, url('/')).search, `/${lang}/search?q=1080`);
    }
    await page.locator('a[hreflang="ar"]').click();
    await page.waitForURL(url('/ar/search?q=1080'));
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.locator('input[name="q"]').first().inputValue(), '1080', 'the search is kept');
  });
});
