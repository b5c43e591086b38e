import { DOCUMENT } from '@angular/common';
import { provideHttpClient, withFetch } from '@angular/common/http';
import { type ApplicationConfig, inject, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { InMemoryCache, split } from '@apollo/client/core';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { routes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch()),
    provideApollo(() => {
      const http = inject(HttpLink).create({ uri: '/graphql', withCredentials: true });
      const location = inject(DOCUMENT).defaultView?.location;
      // Live meetings: same-origin WebSocket, opened only when a page subscribes; the session
      // cookie goes with the upgrade request. Reconnects on its own after a network drop.
      const ws = new GraphQLWsLink(
        createClient({
          url: `${location?.protocol === 'https:' ? 'wss' : 'ws'}://${location?.host ?? 'localhost'}/graphql`,
          lazy: true,
          retryAttempts: Infinity,
          shouldRetry: () => true,
        }),
      );
      const isSubscription = ({ query }: { query: Parameters<typeof getMainDefinition>[0] }) => {
        const def = getMainDefinition(query);
        return def.kind === Kind.OPERATION_DEFINITION && def.operation === OperationTypeNode.SUBSCRIPTION;
      };
      return {
        link: split(isSubscription, ws, http),
        cache: new InMemoryCache(),
        defaultOptions: { query: { fetchPolicy: 'network-only' } },
      };
    }),
  ],
};
