import { RenderMode, type ServerRoute } from '@angular/ssr';

/** Every page is rendered per request: the data changes on publication, not at build time. */
export const serverRoutes: ServerRoute[] = [{ path: '**', renderMode: RenderMode.Server }];
