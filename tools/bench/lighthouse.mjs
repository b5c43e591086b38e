// Runs Lighthouse (the npm package) in Debian's Chromium on the portal's council, meeting and
// minutes pages (the demo's Kokshetau council, its meeting No. 1, and the minutes of meeting
// No. 2, which the demo publishes) and prints the category scores.
// Starts nothing itself: point it at a running product (`npm start`, or any deployment).
// Usage: node tools/bench/lighthouse.mjs [base URL, default http://localhost:3000]
//        [--lang ru] [--form-factor mobile|desktop] [--json report-folder]
// CHROMIUM_PATH overrides /usr/bin/chromium. Not part of `npm test`: scores vary with the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const lang = option('lang', 'ru');
const formFactor = option('form-factor', 'mobile');
const jsonDir = option('json', null);
const base = (args[0] ?? 'http://localhost:3000').replace(/\/+$/, '');

const pages = [
  { name: 'council', path: `/${lang}/councils/kokshetau` },
  { name: 'meeting', path: `/${lang}/councils/kokshetau/meetings/1` },
  { name: 'minutes', path: `/${lang}/councils/kokshetau/meetings/2/minutes` },
];

// The product must be up: say so plainly instead of letting Lighthouse time out.
try {
  await fetch(`${base}/health/live`);
} catch {
  console.error(`Nothing answers at ${base}. Start the product first (npm start) or pass its address.`);
  process.exit(1);
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const rows = [];
try {
  for (const page of pages) {
    const url = `${base}${page.path}`;
    // Lighthouse scores an error page as happily as any other: refuse to measure one.
    const status = (await fetch(url)).status;
    if (status !== 200) throw new Error(`${page.path} answers ${status}: is this the demo data (KENES_SEED_DEMO)?`);
    const settings =
      formFactor === 'desktop'
        ? {
            formFactor: 'desktop',
            screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
            throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1 },
          }
        : { formFactor: 'mobile' };
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      { extends: 'lighthouse:default', settings },
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id) => (categories[id]?.score == null ? '—' : Math.round(categories[id].score * 100));
    rows.push({
      page: page.name,
      path: page.path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      LCP: audits['largest-contentful-paint']?.displayValue ?? '—',
      TBT: audits['total-blocking-time']?.displayValue ?? '—',
      CLS: audits['cumulative-layout-shift']?.displayValue ?? '—',
    });
    if (jsonDir) {
      mkdirSync(jsonDir, { recursive: true });
      writeFileSync(join(jsonDir, `lighthouse-${page.name}.json`), result.report);
    }
  }
} finally {
  await chrome.kill();
}

console.log(`Lighthouse ${formFactor} at ${base} (${new Date().toISOString().slice(0, 10)})`);
console.table(rows);
