// Shared helpers for the browser tests: one Chromium per test file, a fresh
// context per check, and the checks every visited page must pass (nothing
// requested from another origin, no Content-Security-Policy violation).

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

if (!process.env.BASE_URL) {
  throw new Error('BASE_URL is not set: start `passerelle demo` and run e.g. BASE_URL=http://127.0.0.1:8080 node --test tests/browser/');
}
/** The server under test, without a trailing slash. */
export const BASE_URL = process.env.BASE_URL.replace(/\/+$/, '');
export const ORIGIN = new URL(BASE_URL).origin;

export const LANGS = ['fr', 'nl', 'en', 'ar'];
export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
};
export const SCREENSHOT_DIR = join(here, '..', 'screenshots');
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** An absolute URL on the server under test. */
export function url(path) {
  return BASE_URL + (path.startsWith('/') ? path : '/' + path);
}

/** True for a URL the page may load: the server itself, or a data: URL. */
export function sameOrigin(u) {
  return u.startsWith('data:') || u === BASE_URL || u.startsWith(BASE_URL + '/') || u.startsWith(BASE_URL + '?');
}

/**
 * Runs `fn(page, ctx)` in a fresh browser context, then asserts that the pages
 * requested nothing from another origin and that the browser reported no
 * Content-Security-Policy violation (which would mean a style or script the
 * person does not get).
 */
export async function withPage(browser, options, fn) {
  const ctx = await browser.newContext({ ...options });
  const foreign = [];
  const cspErrors = [];
  ctx.on('request', (req) => {
    if (!sameOrigin(req.url())) foreign.push(`${req.method()} ${req.url()} (from ${req.frame()?.url?.() ?? '?'})`);
  });
  const watch = (page) => {
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspErrors.push(`${page.url()}: ${msg.text()}`);
    });
  };
  ctx.on('page', watch);
  const page = await ctx.newPage();
  try {
    await fn(page, ctx);
  } finally {
    await ctx.close();
  }
  assert.deepEqual(foreign, [], `requests to another origin than ${BASE_URL}:\n  ${foreign.join('\n  ')}`);
  assert.deepEqual(cspErrors, [], `Content-Security-Policy violations:\n  ${cspErrors.join('\n  ')}`);
}

/** Goes to `path` and asserts the page answered 200 with HTML. */
export async function visit(page, path, { status = 200 } = {}) {
  const res = await page.goto(url(path), { waitUntil: 'load' });
  assert.ok(res, `no response for ${path}`);
  assert.equal(res.status(), status, `${path} answered ${res.status()}`);
  assert.match(res.headers()['content-type'] ?? '', /text\/html/, `${path} is not HTML`);
  return res;
}

/** Runs axe-core on the current page and fails with a readable list of violations. */
export async function assertNoAxeViolations(page, label) {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  if (result.length > 0) {
    const lines = [`${result.length} axe violation(s) on ${label} (${page.url()}):`];
    for (const v of result) {
      lines.push(`- [${v.id}] (${v.impact}) ${v.help} — ${v.helpUrl}`);
      for (const n of v.nodes) {
        lines.push(`    target: ${n.target}`);
        lines.push(`    html:   ${n.html.slice(0, 300)}`);
        lines.push(`    ${String(n.summary).replace(/\n/g, '\n    ')}`);
      }
    }
    assert.fail(lines.join('\n'));
  }
}

/** The link of the first result in the page's main content (a place page). */
export function firstPlaceLink(page) {
  return page.locator('main ol a[href*="/places/"]').first();
}

/** The names of the places listed on a results page, in order. */
export async function resultNames(page) {
  return page.locator('main ol li h2 a[href*="/places/"]').allInnerTexts();
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}

/** Describes the element that has focus, for assertions and messages. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body' };
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute('type'),
      name: el.getAttribute('name'),
      href: el.getAttribute('href'),
      text: (el.innerText || el.value || '').trim().slice(0, 80),
      className: el.className,
    };
  });
}

/**
 * Describes the focus once the error summary has it. Chromium applies
 * `autofocus` on a rendering update that may come after the `load` event, so
 * this waits (at most 3 s) before describing; an assertion on the result
 * still fails when the summary never gets the focus.
 */
export async function focusedAfterErrors(page) {
  await page
    .waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, { timeout: 3000 })
    .catch(() => {});
  return focused(page);
}

/** Presses Tab until `isTarget(focus)` holds; returns the focus path taken. */
export async function tabUntil(page, isTarget, max, what) {
  const path = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(f);
    if (isTarget(f)) return path;
  }
  const seen = path.map((f) => `${f.tag}${f.id ? '#' + f.id : ''}${f.href ? `[${f.href}]` : ''} "${f.text ?? ''}"`).join('\n  ');
  assert.fail(`${what} never got the focus after ${max} Tab presses; focus went:\n  ${seen}`);
}

/** The demo's accounts (`passerelle demo` creates them; see store::demo::DEMO_ACCOUNTS). */
export const DEMO = {
  admin: { email: 'admin@demo.passerelle.test', password: 'demo-admin-password' },
  coordinator: { email: 'coordination@demo.passerelle.test', password: 'demo-coordination-password' },
  epn: { email: 'epn@demo.passerelle.test', password: 'demo-epn-password' },
  referrer: { email: 'referrer@demo.passerelle.test', password: 'demo-referrer-password' },
  applicant: { email: 'applicant@demo.passerelle.test', password: 'demo-applicant-password' },
};

/** Signs in with the keyboard only, from the sign-in page of `lang`; ends on the back-office home. */
export async function signIn(page, who, lang = 'fr') {
  await visit(page, `/${lang}/login`);
  await tabUntil(page, (f) => f.id === 'email', 40, 'the e-mail field');
  await page.keyboard.type(who.email);
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'password', 'Tab goes from the e-mail to the password');
  await page.keyboard.type(who.password);
  await Promise.all([page.waitForURL(new RegExp(`/${lang}/bo/`)), page.keyboard.press('Enter')]);
}

/** Fails when the page is wider than the screen (horizontal scrolling). */
export async function assertNoOverflow(page, label) {
  const [width, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(width <= inner, `${label}: ${width}px wide on a ${inner}px screen`);
}
