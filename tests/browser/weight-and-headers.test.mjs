// Pages stay light for old phones and slow data plans, and every answer
// (page or API) carries the security headers that protect the people using it.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { firstPlaceLink, launch, url, visit, withPage } from './lib/browser.mjs';

const MAX_BYTES = 40 * 1024;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [name, path] of [['home', '/fr/'], ['results', '/fr/search?q=1080'], ['results (Arabic, filters)', '/ar/search?q=1080&service=training&labelled=true']]) {
  test(`page weight: ${name} HTML + CSS ≤ 40 KB uncompressed`, { timeout: 60_000 }, async () => {
    await withPage(browser, {}, async (page) => {
      const pending = [];
      page.on('response', (res) => {
        const type = res.request().resourceType();
        pending.push(res.body().then((b) => ({ url: res.url(), type, bytes: b.length }), () => ({ url: res.url(), type, bytes: 0 })));
      });
      await visit(page, path);
      await page.waitForLoadState('networkidle');
      const all = await Promise.all(pending);
      const counted = all.filter((r) => r.type === 'document' || r.type === 'stylesheet');
      const total = counted.reduce((s, r) => s + r.bytes, 0);
      const detail = all.map((r) => `${r.type} ${r.url} ${r.bytes} B`).join('\n  ');
      assert.ok(counted.some((r) => r.type === 'document'), 'the HTML was measured');
      assert.ok(total <= MAX_BYTES, `${path}: HTML + CSS is ${total} bytes, more than ${MAX_BYTES}:\n  ${detail}`);
    });
  });
}

/** Parses a Content-Security-Policy header into { directive: [sources] }. */
function parseCsp(value) {
  const out = {};
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

function checkSecurityHeaders(what, headers) {
  const problems = [];
  const csp = headers.get('content-security-policy');
  if (!csp) {
    problems.push('no Content-Security-Policy');
  } else {
    const d = parseCsp(csp);
    const scripts = d['script-src'] ?? d['default-src'];
    if (!scripts) problems.push(`CSP has neither script-src nor default-src: ${csp}`);
    else if (scripts.some((s) => s.toLowerCase() === "'unsafe-inline'")) problems.push(`CSP script-src allows 'unsafe-inline': ${csp}`);
    if (JSON.stringify(d['frame-ancestors']) !== JSON.stringify(["'none'"])) problems.push(`CSP lacks frame-ancestors 'none': ${csp}`);
  }
  if ((headers.get('x-content-type-options') ?? '').toLowerCase() !== 'nosniff') problems.push(`x-content-type-options is ${headers.get('x-content-type-options')}, not nosniff`);
  if (!headers.get('referrer-policy')) problems.push('no referrer-policy');
  assert.deepEqual(problems, [], `${what}`);
}

test('security headers on pages, errors, static files and the API', { timeout: 60_000 }, async () => {
  // A place id from the API, to check one place's page and JSON.
  const list = await fetch(url('/api/v1/places?q=1080&per_page=1'));
  assert.equal(list.status, 200);
  const id = (await list.json()).items?.[0]?.id;
  assert.ok(id !== undefined, 'the API lists a place for 1080');

  const targets = [
    ['/', [303, 307, 308, 302, 301]],
    ['/fr/', [200]],
    ['/ar/search?q=1080&service=training&labelled=true', [200]],
    [`/fr/places/${id}`, [200]],
    ['/nl/communes/molenbeek-saint-jean', [200]],
    ['/fr/communes', [200]],
    ['/fr/no-such-page', [404]],
    ['/fr/search?page=0', [400]],
    ['/static/app.css', [200]],
    ['/api/v1/places?q=1080', [200]],
    [`/api/v1/places/${id}`, [200]],
    ['/api/v1/places/999999999', [404]],
    ['/api/v1/places?per_page=1000', [400]],
    ['/api/v1/communes', [200]],
    ['/api/v1/openapi.json', [200]],
    ['/api/v1/nothing-here', [404]],
    ['/healthz', [200]],
  ];
  for (const [path, statuses] of targets) {
    const res = await fetch(url(path), { redirect: 'manual' });
    assert.ok(statuses.includes(res.status), `${path} answered ${res.status}, expected ${statuses.join(' or ')}`);
    checkSecurityHeaders(`${path} (${res.status})`, res.headers);
    await res.arrayBuffer();
  }
});

test('the place page a person opens carries the same headers in the browser', { timeout: 60_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await visit(page, '/fr/search?q=ganshoren');
    const href = await firstPlaceLink(page).getAttribute('href');
    const res = await visit(page, href);
    checkSecurityHeaders(href, new Headers(await res.allHeaders()));
  });
});
