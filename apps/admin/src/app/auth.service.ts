import { Injectable, computed, inject, signal } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type CurrentUser = Admin.MeFieldsFragment;

/** Who is signed in, for the whole app. `undefined` while it is still being asked. */
@Injectable({ providedIn: 'root' })
export class AuthState {
  private readonly apollo = inject(Apollo);
  readonly user = signal<CurrentUser | null | undefined>(undefined);
  readonly permissions = computed(() => new Set(this.user()?.permissions ?? []));

  can(permission: string): boolean {
    return this.permissions().has(permission);
  }

  async load(): Promise<CurrentUser | null> {
    try {
      const r = await firstValueFrom(this.apollo.query({ query: Admin.CurrentUserDocument, fetchPolicy: 'network-only' }));
      this.user.set(r.data?.currentUser ?? null);
    } catch {
      this.user.set(null);
    }
    return this.user() ?? null;
  }

  signedIn(user: CurrentUser): void {
    this.user.set(user);
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.SignOutDocument }));
    } finally {
      this.user.set(null);
      await this.apollo.client.clearStore();
    }
  }
}

/** Pages behind sign-in send a visitor to the sign-in page and back afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthState);
  const router = inject(Router);
  const user = auth.user() === undefined ? await auth.load() : auth.user();
  return user ? true : router.createUrlTree(['/sign-in'], { queryParams: { next: state.url } });
};
