import { DOCUMENT } from '@angular/common';
import { InjectionToken, TransferState, inject, makeStateKey } from '@angular/core';

/** Set on the server only: the configured public address (PUBLIC_URL), when there is one. */
export const PUBLIC_URL = new InjectionToken<string | null>('PUBLIC_URL');

const KEY = makeStateKey<string>('publicOrigin');

/**
 * The origin of the portal's absolute links (canonical, hreflang): PUBLIC_URL when the product is
 * configured with one (behind a proxy the request's host is an internal name), else the address the
 * request came to. The server hands its answer to the browser in TransferState, so links written
 * after a client-side navigation agree with the server-rendered ones.
 */
export function publicOrigin(): string {
  const state = inject(TransferState);
  const configured = inject(PUBLIC_URL, { optional: true })?.replace(/\/+$/, '');
  if (configured) {
    state.set(KEY, configured);
    return configured;
  }
  return state.get(KEY, null) ?? inject(DOCUMENT).location.origin;
}
