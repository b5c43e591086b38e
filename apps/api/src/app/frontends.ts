import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';

/** Paths the API answers itself; the front ends must never swallow them. */
const API_PREFIXES = ['/graphql', '/public/graphql', '/health', '/api/', '/feeds/', '/open-data/', '/files/', '/follow/'];

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`) || path.startsWith(`${p}?`));
}

export interface FrontendPaths {
  adminBrowser: string;
  portalServerEntry: string;
}

export function defaultFrontendPaths(root: string): FrontendPaths {
  return {
    adminBrowser: join(root, 'dist/apps/admin/browser'),
    portalServerEntry: join(root, 'dist/apps/portal/server/server.mjs'),
  };
}

/**
 * Mounts the admin app (static files under /admin/) and the portal (Angular SSR) on the
 * API's express instance. Must run before Nest's init, which appends the 404 handler.
 */
export async function mountFrontends(
  app: Express,
  paths: FrontendPaths,
  log: Logger,
  options: { publicUrl?: string } = {},
): Promise<{ admin: boolean; portal: boolean }> {
  const mounted = { admin: false, portal: false };
  if (existsSync(join(paths.adminBrowser, 'index.html'))) {
    const adminStatic = express.static(paths.adminBrowser, { index: false, maxAge: '1h' });
    app.use('/admin', (req: Request, res: Response, next: NextFunction) => {
      adminStatic(req, res, () => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(join(paths.adminBrowser, 'index.html'));
      });
    });
    mounted.admin = true;
  } else {
    log.warn(`Admin app not built (${paths.adminBrowser}); run "npm run build".`);
  }
  if (existsSync(paths.portalServerEntry)) {
    // The SSR bundle is ESM; webpack would turn a plain import() into require().
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const dynamicImport = new Function('s', 'return import(s)') as (s: string) => Promise<{ createPortalHandler: (o: { publicUrl?: string }) => RequestHandler }>;
    const portal = await dynamicImport(paths.portalServerEntry);
    // Canonical and hreflang links use the public address when one is configured.
    const handler = portal.createPortalHandler({ publicUrl: options.publicUrl });
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (isApiPath(req.path) || req.path.startsWith('/admin')) return next();
      handler(req, res, next);
    });
    mounted.portal = true;
  } else {
    log.warn(`Portal not built (${paths.portalServerEntry}); run "npm run build".`);
  }
  return mounted;
}
