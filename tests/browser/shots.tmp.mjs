import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const base = 'http://127.0.0.1:18555';
const pages = [
  ['home', '/L/'], ['molenbek', '/L/search?q=molenbek'], ['wifi1030', '/L/search?q=wifi+1030'],
  ['ar-commune', '/L/search?q=%D9%85%D9%88%D9%84%D9%86%D8%A8%D9%8A%D9%83'], ['place', '/L/places/1'],
  ['free', '/L/search?q=1080&free=true'], ['diag', '/L/diagnostic'],
];
for (const lang of ['fr','ar']) for (const [n,p] of pages) {
  const pg = await b.newPage({ viewport: { width: 360, height: 740 } });
  await pg.goto(base + p.replace('/L/', `/${lang}/`));
  await pg.screenshot({ path: `/tmp/shots/${lang}-${n}.png` });
  await pg.close();
}
await b.close();
