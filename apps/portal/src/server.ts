import { AngularNodeAppEngine, createNodeRequestHandler, isMainModule, writeResponseToNodeResponse } from '@angular/ssr/node';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const browserDistFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../browser');
const LANGS = ['kk', 'ru', 'en'];

/** The language for a bare `/`: the browser's first supported language, else Kazakh. */
function preferredLang(header: string | undefined): string {
  for (const part of (header ?? '').split(',')) {
    const lang = part.trim().slice(0, 2).toLowerCase();
    if (LANGS.includes(lang)) return lang;
  }
  return 'kk';
}

/** Rendered pages are reused for this long: public data changes only on publication. */
const PAGE_TTL_MS = 30_000;
const MAX_CACHED_PAGES = 1000;

interface CachedPage {
  expires: number;
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

/** What the API passes to each render (read through Angular's REQUEST_CONTEXT). */
export interface PortalRequestContext {
  /** Where server-side rendering reaches the public GraphQL endpoint (loopback). */
  apiBase: string;
  /** The configured public address (PUBLIC_URL): the origin of canonical and hreflang links. */
  publicUrl?: string;
}

export interface PortalOptions {
  /** The public address (the API passes its validated PUBLIC_URL); without it, links use the request's origin. */
  publicUrl?: string;
}

/**
 * The portal as express middleware, mounted by the API process on its own port: static
 * browser files first, then server-side rendering. Unknown paths fall through to `next`.
 */
export function createPortalHandler(options: PortalOptions = {}): Router {
  const publicUrl = options.publicUrl || undefined;
  const extraHosts = (process.env['NG_ALLOWED_HOSTS'] ?? '').split(',').filter(Boolean);
  const engine = new AngularNodeAppEngine({ allowedHosts: ['localhost', '127.0.0.1', '[::1]', ...extraHosts] });
  const router = express.Router();
  router.get('/', (req: Request, res: Response) => {
    res.setHeader('Vary', 'Accept-Language');
    res.redirect(302, `/${preferredLang(req.headers['accept-language'])}`);
  });
  router.use(express.static(browserDistFolder, { maxAge: '1y', index: false, redirect: false, immutable: true }));
  const pages = new Map<string, CachedPage>();
  const send = (res: Response, page: CachedPage, cache: 'hit' | 'miss') => {
    res.status(page.status);
    for (const [k, v] of page.headers) res.setHeader(k, v);
    res.setHeader('x-kenes-cache', cache);
    res.end(page.body);
  };
  router.use((req: Request, res: Response, next: NextFunction) => {
    const port = req.socket.localPort;
    const context: PortalRequestContext = { apiBase: `http://127.0.0.1:${port}`, ...(publicUrl ? { publicUrl } : {}) };
    // Every portal page is anonymous and its language is in the URL, so the URL is the key;
    // without a public address the page's absolute links name the host it was asked of.
    const cacheable = req.method === 'GET';
    const key = publicUrl ? req.originalUrl : `${req.protocol}://${req.get('host') ?? ''}${req.originalUrl}`;
    const hit = cacheable ? pages.get(key) : undefined;
    if (hit && hit.expires > Date.now()) return send(res, hit, 'hit');
    engine
      .handle(req, context)
      .then(async (response) => {
        if (!response) return next();
        if (!cacheable || (response.status !== 200 && response.status !== 404)) return writeResponseToNodeResponse(response, res);
        const headers: Array<[string, string]> = [];
        response.headers.forEach((v, k) => headers.push([k, v]));
        headers.push(['cache-control', `public, max-age=${PAGE_TTL_MS / 1000}`]);
        const page: CachedPage = { expires: Date.now() + PAGE_TTL_MS, status: response.status, headers, body: await response.text() };
        if (pages.size >= MAX_CACHED_PAGES) pages.delete(pages.keys().next().value as string);
        pages.set(key, page);
        send(res, page, 'miss');
      })
      .catch(next);
  });
  return router;
}

// Standalone use (`ng serve`, or `node dist/apps/portal/server/server.mjs`): the API must
// run separately; set API_BASE for it.
const standalone = express();
standalone.use(createPortalHandler({ publicUrl: process.env['PUBLIC_URL'] }));
if (isMainModule(import.meta.url)) {
  const port = Number(process.env['PORT'] ?? 4000);
  standalone.listen(port, () => console.log(`Portal listening on http://localhost:${port}`));
}

export const reqHandler = createNodeRequestHandler(standalone);
