import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

const PUBLIC = 'https://kenes.example.kz';

/** The head links of server-rendered HTML, as [rel, hreflang, href]. */
function headLinks(html: string): string[][] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<link\b[^>]*>/g)]
    .map((m) => {
      const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(m[0])?.[1] ?? '';
      return [attr('rel'), attr('hreflang'), attr('href')];
    })
    .filter(([rel, hreflang]) => rel === 'canonical' || (rel === 'alternate' && hreflang));
}

/**
 * Behind a proxy the request reaches the product under an internal name: with PUBLIC_URL set,
 * the canonical and hreflang links name the public address, on the server-rendered page and
 * after a navigation in the browser alike. (Without it they use the request's origin: see
 * portal-a11y.e2e-spec.ts.)
 */
describe('portal: canonical and hreflang links on the configured public address (Chromium)', () => {
  let product: ProductProcess;
  let browser: Browser;

  beforeAll(async () => {
    product = await startProduct({ PUBLIC_URL: `${PUBLIC}/` });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('server-rendered pages link to PUBLIC_URL, not to the host the request came to', async () => {
    const html = await (await fetch(`${product.url}/ru/councils/kokshetau/meetings/1`)).text();
    expect(headLinks(html)).toEqual([
      ['canonical', '', `${PUBLIC}/ru/councils/kokshetau/meetings/1`],
      ['alternate', 'kk', `${PUBLIC}/kk/councils/kokshetau/meetings/1`],
      ['alternate', 'ru', `${PUBLIC}/ru/councils/kokshetau/meetings/1`],
      ['alternate', 'en', `${PUBLIC}/en/councils/kokshetau/meetings/1`],
      ['alternate', 'x-default', `${PUBLIC}/kk/councils/kokshetau/meetings/1`],
    ]);
    expect(html).not.toContain(product.url);
    const search = await (await fetch(`${product.url}/kk/search?q=${encodeURIComponent('жол')}`)).text();
    expect(headLinks(search)[0]).toEqual(['canonical', '', `${PUBLIC}/kk/search?q=${encodeURIComponent('жол')}`]);
  });

  it('after a navigation in the browser the links are written on the public address too', async () => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${product.url}/ru/councils/kokshetau/meetings/1`, { waitUntil: 'networkidle' });
    await page.locator('main a[href="/ru/councils/kokshetau"]').first().click();
    await page.waitForURL(/\/ru\/councils\/kokshetau$/);
    await page.locator('h1').waitFor();
    const links = await page
      .locator('head link[rel="canonical"], head link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => [l.getAttribute('rel'), l.getAttribute('hreflang') ?? '', l.getAttribute('href')]));
    expect(links).toEqual([
      ['canonical', '', `${PUBLIC}/ru/councils/kokshetau`],
      ['alternate', 'kk', `${PUBLIC}/kk/councils/kokshetau`],
      ['alternate', 'ru', `${PUBLIC}/ru/councils/kokshetau`],
      ['alternate', 'en', `${PUBLIC}/en/councils/kokshetau`],
      ['alternate', 'x-default', `${PUBLIC}/kk/councils/kokshetau`],
    ]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: screenshotPath('portal-public-url-council-ru') });
    await context.close();
  });
});
