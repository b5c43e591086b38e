import { type ApplicationConfig, REQUEST_CONTEXT, inject, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { API_BASE_URL } from './public-api.service';
import { PUBLIC_URL } from './public-origin';

function requestContext(): { apiBase?: string; publicUrl?: string } | null {
  return inject(REQUEST_CONTEXT, { optional: true }) as { apiBase?: string; publicUrl?: string } | null;
}

function apiBase(): string {
  return requestContext()?.apiBase ?? process.env['API_BASE'] ?? 'http://127.0.0.1:3000';
}

function publicUrl(): string | null {
  return requestContext()?.publicUrl ?? process.env['PUBLIC_URL'] ?? null;
}

const serverConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    { provide: API_BASE_URL, useFactory: apiBase },
    { provide: PUBLIC_URL, useFactory: publicUrl },
  ],
};

export const config = mergeApplicationConfig(appConfig, serverConfig);
