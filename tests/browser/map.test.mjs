// The map beside the results, and "Use my position" that no longer moves the page.
//
// The map is drawn only when the deployment names a tile server. This file starts
// its own tile server (a Node HTTP server answering any /{z}/{x}/{y}.png with a
// generated 256×256 PNG) and its own demo server with `--map-tiles` pointing to it
// (the binary from PASSERELLE_BIN, else target/debug/passerelle). Checks: the map
// shows, with pins numbered as the list; tiles come from that server only and
// nothing else leaves the site; zero axe violations; without JavaScript nothing of
// the map shows or loads. Against the normal demo (BASE_URL, no tile server):
// nothing map-related is requested or shown.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { AXE_PATH, AXE_TAGS, BASE_URL, launch, screenshotPath, url, visit, withPage } from './lib/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

// ---- a PNG tile, made here (light grey with a darker grid, like a plan) ----
function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function tilePng() {
  const size = 256;
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const line = x % 64 === 0 || y % 64 === 0;
      const v = line ? 200 : 236;
      raw.fill(v, y * (size * 3 + 1) + 1 + x * 3, y * (size * 3 + 1) + 1 + x * 3 + 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

let browser;
let tiles;          // { origin, requests: [path], close }
let mapDemo;        // { url, close }
let work;

function startTileServer() {
  const png = tilePng();
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url);
    if (/^\/\d+\/\d+\/\d+\.png$/.test(req.url)) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
      res.end(png);
    } else {
      res.writeHead(404); res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((r) => server.close(r)),
  })));
}

function passerelleBin() {
  const candidates = [process.env.PASSERELLE_BIN, join(here, '..', '..', 'target', 'debug', 'passerelle')].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  assert.ok(found, `no passerelle binary (tried ${candidates.join(', ')}): build it or set PASSERELLE_BIN`);
  return found;
}

/** `passerelle demo` on a free port with the map pointing at the test tile server. */
function startMapDemo(tileOrigin) {
  const child = spawn(passerelleBin(), [
    'demo', '--addr', '127.0.0.1:0',
    '--db', `sqlite://${join(work, 'demo.db')}`, '--mail-spool', join(work, 'mail'),
    '--map-tiles', `${tileOrigin}/{z}/{x}/{y}.png`, '--map-attribution', 'Test tiles', '--map-max-zoom', '18',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the map demo did not start:\n${out}`)), 90_000);
    const onData = (d) => {
      out += d;
      const m = /Passerelle is serving (http:\/\/[0-9.:]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], close: () => new Promise((r) => { child.once('exit', r); child.kill('SIGINT'); }) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => { out += d; });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the map demo exited (${code}):\n${out}`)); });
  });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'passerelle-map-test-'));
  browser = await launch();
  tiles = await startTileServer();
  mapDemo = await startMapDemo(tiles.origin);
});
after(async () => {
  await browser?.close();
  await mapDemo?.close();
  await tiles?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A page on the map demo, recording every request; fails if one goes elsewhere than the demo or the tile server. */
async function withMapPage(options, fn) {
  const ctx = await browser.newContext({ ...options });
  const requests = [];
  const cspErrors = [];
  ctx.on('request', (r) => requests.push(r.url()));
  const page = await ctx.newPage();
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
  try {
    await fn(page, requests);
  } finally {
    await ctx.close();
  }
  const elsewhere = requests.filter((u) => !u.startsWith(mapDemo.url + '/') && !u.startsWith(tiles.origin + '/') && !u.startsWith('data:'));
  assert.deepEqual(elsewhere, [], 'requests to neither the site nor its tile server');
  assert.deepEqual(cspErrors, [], 'Content-Security-Policy violations');
}

/** The pins the page should show, from the API: numbers as in the list, places sharing a centre on one pin, mobile places left out. */
async function expectedPins(query) {
  const res = await fetch(`${mapDemo.url}/api/v1/places?${query}&per_page=10`);
  const items = (await res.json()).items;
  const pins = [];
  items.forEach((p, i) => {
    if (p.approximate_location && p.mobile) return;
    const key = `${p.lat.toFixed(5)},${p.lon.toFixed(5)}`;
    const same = p.approximate_location && pins.find((q) => q.approximate && q.key === key);
    if (same) same.numbers.push(i + 1);
    else pins.push({ key, approximate: p.approximate_location, numbers: [i + 1] });
  });
  return pins.map((p) => p.numbers.join(', '));
}

// axe-core goes in through the DevTools protocol, which the page's CSP does not
// govern, so that the checks above run under the real policy.
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

async function axeClean(page, label) {
  await page.evaluate(`${AXE_SOURCE}\n;window.axe = axe; true`);
  const violations = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
  assert.deepEqual(violations, [], `axe violations on ${label}`);
}

for (const [lang, viewport, name] of [['fr', PHONE, 'phone'], ['ar', PHONE, 'phone'], ['fr', DESKTOP, 'desktop']]) {
  test(`with a tile server: the map shows the listed places (${lang}, ${name})`, { timeout: 90_000 }, async () => {
    const before = tiles.requests.length;
    await withMapPage({ viewport }, async (page) => {
      const res = await page.goto(`${mapDemo.url}/${lang}/search?q=1080`, { waitUntil: 'load' });
      assert.equal(res.status(), 200);
      const csp = res.headers()['content-security-policy'];
      assert.match(csp, new RegExp(`img-src 'self' data: ${tiles.origin.replace(/[.]/g, '\\.')};`), 'images from the tile server are allowed, and from no other host');

      const figure = page.locator('figure.map');
      await figure.waitFor({ state: 'visible' });
      await page.waitForFunction(() => [...document.querySelectorAll('.map-tiles img')].every((i) => i.complete));
      // Drawn before the first paint: nothing on the page moved (Layout Instability API).
      const shift = await page.evaluate(() => new Promise((done) => {
        let sum = 0;
        new PerformanceObserver((l) => { for (const e of l.getEntries()) sum += e.value; }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(sum), 200);
      }));
      assert.equal(shift, 0, 'no layout shift while the map is drawn');
      const imgs = await page.locator('.map-tiles img').count();
      assert.ok(imgs > 0, 'tiles are drawn');
      const broken = await page.locator('.map-tiles img').evaluateAll((l) => l.filter((i) => i.naturalWidth !== 256).length);
      assert.equal(broken, 0, 'every tile loaded');

      // The pins: the places of the list, numbered as in the list, all inside the map.
      const shown = await page.locator('.map-pin').allInnerTexts();
      assert.deepEqual(shown.map((s) => s.trim()), await expectedPins('q=1080'));
      const visible = await page.locator('.map-pin:visible').count();
      assert.equal(visible, shown.length, 'the map is zoomed to show every pin');
      // The list shows the same numbers.
      const firstNumber = await page.locator('main ol.results > li').first().evaluate((li) => getComputedStyle(li, '::before').content);
      assert.match(firstNumber, /counter|1/, `list items are numbered (${firstNumber})`);
      // The drawing is hidden from assistive technology; nothing in it takes focus.
      assert.equal(await page.locator('.map-view').getAttribute('aria-hidden'), 'true');
      assert.equal(await page.locator('.map-view [tabindex], .map-view a, .map-view button').count(), 0);
      // The zoom buttons work with the keyboard.
      const zoomIn = page.locator('.map-zoom button').first();
      const firstTile = await page.locator('.map-tiles img').first().getAttribute('src');
      await zoomIn.focus();
      await page.keyboard.press('Enter');
      const zoomed = await page.locator('.map-tiles img').first().getAttribute('src');
      assert.notEqual(zoomed, firstTile, 'zooming in draws other tiles');

      await axeClean(page, `${lang} results with a map (${name})`);
      await page.locator('.map-zoom button').last().click();
      await page.waitForFunction(() => [...document.querySelectorAll('.map-tiles img')].every((i) => i.complete));
      await page.screenshot({ path: screenshotPath(`map-results-${lang}-${name}`), fullPage: name === 'phone' });
    });
    const asked = tiles.requests.slice(before);
    assert.ok(asked.length > 0, 'the tile server was asked for tiles');
    for (const p of asked) assert.match(p, /^\/\d+\/\d+\/\d+\.png$/, 'only tiles are asked for');
  });
}

test('with a tile server but without JavaScript: only the list, nothing of the map', { timeout: 60_000 }, async () => {
  const before = tiles.requests.length;
  await withMapPage({ viewport: PHONE, javaScriptEnabled: false }, async (page, requests) => {
    const res = await page.goto(`${mapDemo.url}/fr/search?q=1080`, { waitUntil: 'load' });
    assert.equal(res.status(), 200);
    assert.ok(await page.locator('main ol.results > li').count() > 0, 'the list is there');
    assert.equal(await page.locator('figure.map').isVisible(), false, 'the map is not shown');
    assert.equal(requests.filter((u) => u.includes('map.js')).length, 0, 'no map script');
    const numbered = await page.locator('main ol.results > li').first().evaluate((li) => getComputedStyle(li, '::before').content);
    assert.equal(numbered, 'none', 'no map numbers beside the list');
  });
  assert.equal(tiles.requests.length, before, 'no tile requested');
});

test('without a tile server (the normal demo): no map, no map script, no other image host', { timeout: 60_000 }, async () => {
  await withPage(browser, { viewport: PHONE }, async (page) => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const res = await visit(page, '/fr/search?q=1080');
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('figure.map, .map-view, .map-pin').count(), 0, 'no map markup');
    assert.deepEqual(requests.filter((u) => /map\.js|\.png/.test(u)), [], 'nothing map-related is requested');
    assert.match(res.headers()['content-security-policy'], /img-src 'self' data:;/);
  });
});

// ---- "Use my position": its place is kept, so the page does not move when it appears ----

test('"Use my position" appears without moving the page', { timeout: 60_000 }, async () => {
  for (const path of ['/fr/', '/fr/search?q=1080', '/ar/search?q=1080']) {
    // The form's next element, with near.js kept from running, then with it.
    const below = async (blockScript) => withPage(browser, { viewport: PHONE }, async (page) => {
      if (blockScript) await page.route('**/static/near.js', (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
      await visit(page, path);
      const button = page.locator('#near-me');
      if (blockScript) {
        assert.equal(await button.isVisible(), false, `${path}: hidden until the script shows it`);
      } else {
        await button.waitFor({ state: 'visible' });
      }
      return page.locator('form.search').evaluate((f) => {
        const r = f.getBoundingClientRect();
        const next = f.nextElementSibling?.getBoundingClientRect();
        return { form: Math.round(r.height), next: next ? Math.round(next.top) : null };
      });
    });
    const without = await below(true);
    const withIt = await below(false);
    assert.deepEqual(withIt, without, `${path}: the search form keeps its height and what follows stays put`);
  }
});

test('without JavaScript, "Use my position" is neither shown nor reachable with Tab', { timeout: 60_000 }, async () => {
  await withPage(browser, { viewport: PHONE, javaScriptEnabled: false }, async (page) => {
    await visit(page, '/fr/search?q=1080');
    assert.equal(await page.locator('#near-me').isVisible(), false);
    assert.equal(await page.locator('#near-me').boundingBox(), null, 'and takes no room');
    await page.locator('form.search button[type="submit"]').focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      assert.notEqual(id, 'near-me', 'the useless button never takes the focus');
    }
  });
});
