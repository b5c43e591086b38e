import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import * as Admin from '@kenes/client/graphql/admin';
import { GRANTABLE_ROLES, ROLE_SCOPE, isRole, type Role } from '@kenes/domain';
import { I18n, LocalizedTextComponent, TranslatePipe, pickLocalized, type Localized } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthState } from '../auth.service';
import { toUiError } from '../graphql-errors';

interface Place {
  id: string;
  name: Localized;
}

/**
 * The people of the caller's councils and bodies, and one form to invite someone: e-mail,
 * name, role, where. Only roles the caller may hand out are offered.
 */
@Component({
  selector: 'k-people-page',
  imports: [FormsModule, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'people.title' | t }}</h1>

    <section class="k-card">
      <h2>{{ 'people.invite' | t }}</h2>
      <form class="k-form" (ngSubmit)="invite()" novalidate>
        @if (notice(); as n) {
          <p class="k-success" role="status">{{ n }}</p>
        }
        @if (error(); as e) {
          <p class="k-alert" role="alert">{{ e }}</p>
        }
        <label class="k-field">
          <span>{{ 'people.fullName' | t }}</span>
          <input name="displayName" autocomplete="off" required [(ngModel)]="displayName" [attr.aria-invalid]="fields()['displayName'] ? 'true' : null" />
          @if (fields()['displayName']; as fe) {
            <span class="field-error">{{ fe }}</span>
          }
        </label>
        <label class="k-field">
          <span>{{ 'auth.email' | t }}</span>
          <input name="email" type="email" autocomplete="off" required [(ngModel)]="email" [attr.aria-invalid]="fields()['email'] ? 'true' : null" />
          @if (fields()['email']; as fe) {
            <span class="field-error">{{ fe }}</span>
          }
        </label>
        <label class="k-field">
          <span>{{ 'people.role' | t }}</span>
          <select name="role" [ngModel]="role()" (ngModelChange)="chooseRole($event)">
            @for (r of grantable(); track r) {
              <option [value]="r">{{ 'role.' + r | t }}</option>
            }
          </select>
        </label>
        @if (places().length) {
          <label class="k-field">
            <span>{{ 'people.where' | t }}</span>
            <select name="scope" [(ngModel)]="scopeId" [attr.aria-invalid]="fields()['scopeId'] ? 'true' : null">
              @for (p of places(); track p.id) {
                <option [value]="p.id">{{ label(p.name) }}</option>
              }
            </select>
            @if (fields()['scopeId']; as fe) {
              <span class="field-error">{{ fe }}</span>
            }
          </label>
        }
        <button class="k-button" type="submit" [disabled]="busy() || !grantable().length">{{ 'people.sendInvitation' | t }}</button>
      </form>
    </section>

    <h2>{{ 'nav.people' | t }}</h2>
    <table class="k-table">
      <thead>
        <tr><th scope="col">{{ 'people.fullName' | t }}</th><th scope="col">{{ 'people.role' | t }}</th><th scope="col"><span class="k-visually-hidden">{{ 'people.revoke' | t }}</span></th></tr>
      </thead>
      <tbody>
        @for (u of users(); track u.id) {
          @for (g of u.grants; track g.id; let first = $first) {
            <tr>
              <td>
                @if (first) {
                  <strong>{{ u.displayName }}</strong>
                  <div class="k-muted">{{ u.email }}</div>
                  @if (u.invitationPending) {
                    <span class="k-badge">{{ 'people.pending' | t }}</span>
                  }
                }
              </td>
              <td>{{ 'role.' + g.role | t }} @if (placeName(g.scopeId); as n) { — <k-text [value]="n" /> }</td>
              <td>
                @if (canRevoke(g.role)) {
                  <button class="k-button secondary" type="button" (click)="revoke(g.id)">{{ 'people.revoke' | t }}</button>
                }
              </td>
            </tr>
          }
        } @empty {
          <tr><td colspan="3" class="k-muted">{{ 'people.none' | t }}</td></tr>
        }
      </tbody>
    </table>
  `,
})
export class PeoplePage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);
  private readonly i18n = inject(I18n);

  displayName = '';
  email = '';
  scopeId = '';
  readonly role = signal<Role | ''>('');
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly notice = signal<string | null>(null);
  readonly fields = signal<Record<string, string>>({});
  readonly users = signal<Admin.UsersQuery['users']['items']>([]);
  private readonly councils = signal<Place[]>([]);
  private readonly bodies = signal<Place[]>([]);
  private readonly areas = signal<Place[]>([]);

  readonly grantable = computed<Role[]>(() => {
    const roles = new Set<Role>();
    for (const g of this.auth.user()?.grants ?? []) if (isRole(g.role)) for (const r of GRANTABLE_ROLES[g.role]) roles.add(r);
    return [...roles];
  });

  readonly places = computed<Place[]>(() => {
    const role = this.role();
    if (!role) return [];
    switch (ROLE_SCOPE[role]) {
      case 'council':
        return this.councils();
      case 'stateBody':
        return this.bodies();
      case 'jurisdiction':
        return this.areas();
      default:
        return [];
    }
  });

  private readonly allPlaces = computed(() => new Map([...this.councils(), ...this.bodies(), ...this.areas()].map((p) => [p.id, p.name])));

  constructor() {
    void this.load();
  }

  chooseRole(role: Role): void {
    this.role.set(role);
    this.scopeId = this.places()[0]?.id ?? '';
  }

  label(name: Localized): string {
    return pickLocalized(name, this.i18n.locale()).text;
  }

  placeName(id: string | null): Localized | undefined {
    return id ? this.allPlaces().get(id) : undefined;
  }

  canRevoke(role: string): boolean {
    return isRole(role) && this.grantable().includes(role);
  }

  async load(): Promise<void> {
    const page = { offset: 0, limit: 100 };
    const [users, councils, bodies, areas] = await Promise.all([
      firstValueFrom(this.apollo.query({ query: Admin.UsersDocument, variables: { page }, fetchPolicy: 'network-only' })),
      firstValueFrom(this.apollo.query({ query: Admin.AdminCouncilsDocument, variables: { page } })),
      firstValueFrom(this.apollo.query({ query: Admin.AdminStateBodiesDocument, variables: { page } })),
      firstValueFrom(this.apollo.query({ query: Admin.AdminJurisdictionsDocument, variables: { page } })),
    ]);
    this.users.set(users.data?.users.items ?? []);
    this.councils.set(councils.data?.councils.items ?? []);
    this.bodies.set(bodies.data?.stateBodies.items ?? []);
    this.areas.set(areas.data?.jurisdictions.items ?? []);
    const first = this.grantable()[0];
    if (!this.role() && first) this.chooseRole(first);
  }

  async invite(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.fields.set({});
    const role = this.role();
    const scopeId = this.scopeId || this.places()[0]?.id;
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: Admin.InviteUserDocument,
          variables: { input: { email: this.email.trim(), displayName: this.displayName.trim(), role: role as Admin.Role, ...(scopeId ? { scopeId } : {}), locale: this.i18n.locale() } },
        }),
      );
      this.notice.set(this.i18n.t('people.invited', { email: this.email.trim() }));
      this.email = '';
      this.displayName = '';
      await this.load();
    } catch (e) {
      const ui = toUiError(e, this.i18n.t('ui.error'));
      this.fields.set(ui.fields);
      this.error.set(ui.message);
    } finally {
      this.busy.set(false);
    }
  }

  async revoke(id: string): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.RevokeGrantDocument, variables: { id } }));
      await this.load();
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')).message);
    }
  }
}
