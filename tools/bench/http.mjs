// Measures the built product over HTTP on loopback: p50/p95/p99 latency and requests per
// second for the main paths, plus the size of the front-end bundles. Prints figures; asserts
// nothing. Usage: npm run build && node tools/bench/http.mjs [--duration 10] [--concurrency 10]
// Uses DATABASE_URL when set (a database the bench may fill with demo data), otherwise the
// embedded PostgreSQL in a temporary folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { percentile, startProduct } from './product.mjs';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const duration = arg('duration', 10) * 1000;
const concurrency = arg('concurrency', 10);

const { base, stop } = await startProduct();

const meetingQuery = encodeURIComponent(
  '{ publicMeeting(slug: "kokshetau", number: 2) { number state items { title { ru } motions { text result { for against abstain adopted explanation } votes { fullName choice } } } attendance { fullName status } quorum { explanation } } }',
);
const recommendationQuery = encodeURIComponent(
  '{ publicRecommendation(slug: "kokshetau", number: 1) { number text obligations { state due dueExplanation trail { type date text } commitments { title state } } } }',
);
const searchQuery = encodeURIComponent('{ searchRecord(query: "льгота") { total hits { title snippet { text match } } } }');
const targets = [
  { name: 'GET /health/live', url: `${base}/health/live` },
  { name: 'GET /public/graphql councils', url: `${base}/public/graphql?query=${publicQuery}`, headers: { 'apollo-require-preflight': 'true' } },
  { name: 'GET /admin/ (static)', url: `${base}/admin/` },
  { name: 'GET /ru (SSR portal)', url: `${base}/ru` },
  { name: 'GET /ru/councils/kokshetau (SSR)', url: `${base}/ru/councils/kokshetau` },
  { name: 'GET /public/graphql meeting', url: `${base}/public/graphql?query=${meetingQuery}`, headers: { 'apollo-require-preflight': 'true' } },
  { name: 'GET /public/graphql recommendation', url: `${base}/public/graphql?query=${recommendationQuery}`, headers: { 'apollo-require-preflight': 'true' } },
  { name: 'GET /public/graphql search', url: `${base}/public/graphql?query=${searchQuery}`, headers: { 'apollo-require-preflight': 'true' } },
  { name: 'GET /ru/.../meetings/2 (SSR)', url: `${base}/ru/councils/kokshetau/meetings/2` },
  { name: 'GET meetings.ics feed', url: `${base}/feeds/councils/kokshetau/meetings.ics` },
  { name: 'GET Popolo JSON export', url: `${base}/open-data/councils/kokshetau.json` },
];

const pct = percentile;

console.log(`Kenes HTTP bench: ${concurrency} concurrent clients, ${duration / 1000} s per target, database: ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PGlite'}`);
console.log('target'.padEnd(36), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7));
for (const t of targets) {
  await fetch(t.url, { headers: t.headers }).then((r) => r.arrayBuffer()); // warm up
  const times = [];
  let errors = 0;
  const end = Date.now() + duration;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const s = performance.now();
        try {
          const r = await fetch(t.url, { headers: t.headers });
          await r.arrayBuffer();
          if (!r.ok) errors++;
        } catch {
          errors++;
        }
        times.push(performance.now() - s);
      }
    }),
  );
  times.sort((a, b) => a - b);
  console.log(
    t.name.padEnd(36),
    (times.length / (duration / 1000)).toFixed(0).padStart(8),
    pct(times, 50).toFixed(1).padStart(8),
    pct(times, 95).toFixed(1).padStart(8),
    pct(times, 99).toFixed(1).padStart(8),
    String(errors).padStart(7),
  );
}
await stop();

console.log('\nFront-end bundles (initial JavaScript, raw / gzip):');
for (const app of ['portal', 'admin']) {
  const dir = join(root, 'dist/apps', app, 'browser');
  const index = ['index.html', 'index.csr.html'].map((f) => join(dir, f)).find((f) => { try { return statSync(f).isFile(); } catch { return false; } });
  const html = readFileSync(index, 'utf8').replace(/<!--[^]*?-->/g, '');
  const initial = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  const files = new Set(initial);
  // Angular's modulepreload links name the other initial chunks.
  for (const f of readdirSync(dir)) if (f.endsWith('.js') && html.includes(f)) files.add(f);
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    raw += statSync(join(dir, f)).size;
    gz += gzipSync(buf).length;
  }
  console.log(`  ${app.padEnd(8)} ${(raw / 1024).toFixed(1)} kB / ${(gz / 1024).toFixed(1)} kB in ${files.size} file(s)`);
}
