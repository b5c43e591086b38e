import { type ApplicationConfig, ɵwithDomHydration as withDomHydration } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { routes } from './app.routes';

/**
 * The app shell stays small (the budget is 250 kB of initial JavaScript): no HttpClient
 * (PublicApi uses fetch and TransferState), no event replay (links and the search form work
 * as plain HTML before hydration), words and pages loaded with their routes, no router
 * scroller (4 kB with ViewportScroller: the lazy shell scrolls, see ShellComponent), no
 * global error listeners (uncaught errors reach the console all the same).
 *
 * Hydration is what provideClientHydration() installs in production, minus its HTTP transfer
 * cache: that feature drags @angular/common/http (about 7 kB) into the first download even
 * with withNoHttpTransferCache(). @angular/* versions are pinned exactly, so the private
 * entry is checked at every upgrade by the build and the browser tests.
 */
export const appConfig: ApplicationConfig = {
  providers: [provideRouter(routes, withComponentInputBinding()), withDomHydration()],
};
