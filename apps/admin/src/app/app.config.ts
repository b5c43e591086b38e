import { provideHttpClient, withFetch } from '@angular/common/http';
import { type ApplicationConfig, inject, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { InMemoryCache } from '@apollo/client/core';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { routes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch()),
    provideApollo(() => ({
      link: inject(HttpLink).create({ uri: '/graphql', withCredentials: true }),
      cache: new InMemoryCache(),
      defaultOptions: { query: { fetchPolicy: 'network-only' } },
    })),
  ],
};
