import { type ApplicationConfig, REQUEST_CONTEXT, inject, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { API_BASE_URL } from './public-api.service';

function apiBase(): string {
  return (inject(REQUEST_CONTEXT, { optional: true }) as { apiBase?: string } | null)?.apiBase ?? process.env['API_BASE'] ?? 'http://127.0.0.1:3000';
}

const serverConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    { provide: API_BASE_URL, useFactory: apiBase },
  ],
};

export const config = mergeApplicationConfig(appConfig, serverConfig);
