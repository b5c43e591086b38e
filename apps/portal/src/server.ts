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

/** What the API passes to each render (read through Angular's REQUEST_CONTEXT). */
export interface PortalRequestContext {
  /** Where server-side rendering reaches the public GraphQL endpoint (loopback). */
  apiBase: string;
}

/**
 * The portal as express middleware, mounted by the API process on its own port: static
 * browser files first, then server-side rendering. Unknown paths fall through to `next`.
 */
export function createPortalHandler(): Router {
  const extraHosts = (process.env['NG_ALLOWED_HOSTS'] ?? '').split(',').filter(Boolean);
  const engine = new AngularNodeAppEngine({ allowedHosts: ['localhost', '127.0.0.1', '[::1]', ...extraHosts] });
  const router = express.Router();
  router.get('/', (req: Request, res: Response) => {
    res.setHeader('Vary', 'Accept-Language');
    res.redirect(302, `/${preferredLang(req.headers['accept-language'])}`);
  });
  router.use(express.static(browserDistFolder, { maxAge: '1y', index: false, redirect: false, immutable: true }));
  router.use((req: Request, res: Response, next: NextFunction) => {
    const port = req.socket.localPort;
    const context: PortalRequestContext = { apiBase: `http://127.0.0.1:${port}` };
    engine
      .handle(req, context)
      .then((response) => (response ? writeResponseToNodeResponse(response, res) : next()))
      .catch(next);
  });
  return router;
}

// Standalone use (`ng serve`, or `node dist/apps/portal/server/server.mjs`): the API must
// run separately; set API_BASE for it.
const standalone = express();
standalone.use(createPortalHandler());
if (isMainModule(import.meta.url)) {
  const port = Number(process.env['PORT'] ?? 4000);
  standalone.listen(port, () => console.log(`Portal listening on http://localhost:${port}`));
}

export const reqHandler = createNodeRequestHandler(standalone);
