import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, RulePanelComponent, TranslatePipe, pickLocalized, type Localized } from '@kenes/ui';
import { DemographicGapComponent, GAP_MESSAGES } from '@kenes/ui/gap';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { todayInKazakhstan } from '../dates';
import { toUiError, type UiError } from '../graphql-errors';

const SELECTIONS: Admin.SelectionMethod[] = ['COMPETITION', 'NOMINATION', 'SELF_NOMINATION', 'DESIGNATED_BY_BODY', 'RESERVE_LIST'];
const END_REASONS: Admin.EndReason[] = ['OWN_APPLICATION', 'REPLACED_BY_BODY', 'ENTERED_STATE_SERVICE', 'UNEXCUSED_ABSENCES', 'HEALTH', 'DEATH', 'OTHER'];


/**
 * One screen for the composition: the rule panel on top (what the law says about it now),
 * the members with a "remove" action, and a short form to add someone. Every change is
 * checked by the API; a refusal explains which rule and why, with its legal basis.
 */
@Component({
  selector: 'k-composition-page',
  imports: [FormsModule, RouterLink, DemographicGapComponent, LocalizedTextComponent, RulePanelComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/councils">← {{ 'nav.councils' | t }}</a></p>
    @if (data(); as d) {
      <h1><k-text [value]="d.council.name" /> — {{ 'comp.title' | t }}</h1>
      <p class="k-muted">{{ 'comp.lead' | t }}</p>
      <p class="k-actions">
        <a class="k-button secondary" [routerLink]="['/councils', d.council.id, 'meetings']">{{ 'mtg.link' | t }}</a>
        <a class="k-button secondary" [routerLink]="['/councils', d.council.id, 'competitions']">{{ 'cmp.link' | t }}</a>
      </p>
      @if (d.composition.renewal; as r) {
        @if (r.due) {
          <p class="k-warning" data-renewal>{{ 'comp.renewalDue' | t: { to: r.endsOn, from: r.startsOn, basis: r.basis.text } }}</p>
        }
      }
      @if (!d.council.publishedAt) {
        <p><button class="k-button" type="button" (click)="publish()">{{ 'comp.publishCouncil' | t }}</button></p>
      }
      @if (notice(); as n) {
        <p class="k-success" role="status">{{ n }}</p>
      }
      @if (error(); as e) {
        <div class="k-alert" role="alert">
          <p>{{ e.message }}</p>
          @if (e.basis) {
            <p>{{ 'rule.basis' | t }}: {{ e.basis }}</p>
          }
        </div>
      }
      <p class="index">
        {{ 'composition.independence' | t: { state: d.composition.independenceIndex.stateLinked, total: d.composition.independenceIndex.total, pct: d.composition.independenceIndex.stateLinkedPercent } }}
      </p>
      <h2>{{ 'composition.rules' | t }}</h2>
      <k-rule-panel [rules]="d.composition.evaluation" />

      <h2>{{ 'gap.title' | t }}</h2>
      @if (d.composition.demographicGap; as g) {
        <k-demographic-gap [gap]="g" />
      } @else {
        <p class="k-muted">{{ 'gap.none' | t }}</p>
      }

      <h2>{{ 'composition.members' | t }}</h2>
      <table class="k-table">
        <thead>
          <tr>
            <th scope="col">{{ 'people.fullName' | t }}</th>
            <th scope="col">{{ 'people.role' | t }}</th>
            <th scope="col">{{ 'comp.category' | t }}</th>
            <th scope="col"><span class="k-visually-hidden">{{ 'comp.end' | t }}</span></th>
          </tr>
        </thead>
        <tbody>
          @for (m of d.composition.members; track m.id) {
            <tr [attr.data-member]="m.person.fullName">
              <td><strong>{{ m.person.fullName }}</strong><div class="k-muted">{{ 'comp.since' | t }} {{ m.startsOn }}</div></td>
              <td>{{ 'role.' + m.role | t }}</td>
              <td>
                <k-text [value]="m.category.name" />
                @if (m.category.stateLinked) {
                  <span class="k-badge">{{ 'composition.stateLinked' | t }}</span>
                }
              </td>
              <td>
                @if (ending() === m.id) {
                  <div class="end">
                    <label class="k-field">
                      <span>{{ 'comp.endReason' | t }}</span>
                      <select name="reason" [(ngModel)]="endReason">
                        @for (r of endReasons; track r) {
                          <option [value]="r">{{ 'end.' + r | t }}</option>
                        }
                      </select>
                    </label>
                    <div class="k-actions">
                      <button class="k-button" type="button" (click)="end(m.id)">{{ 'comp.confirmEnd' | t }}</button>
                      <button class="k-button secondary" type="button" (click)="ending.set(null)">{{ 'comp.cancel' | t }}</button>
                    </div>
                  </div>
                } @else if (m.role !== 'SECRETARY') {
                  <button class="k-button secondary" type="button" (click)="ending.set(m.id)">{{ 'comp.end' | t }}</button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>

      @if (d.composition.convocation) {
        <section class="k-card add">
          <h2>{{ 'comp.appoint' | t }}</h2>
          <form class="k-form" (ngSubmit)="appoint()" novalidate>
            <label class="k-field">
              <span>{{ 'people.fullName' | t }}</span>
              <input name="fullName" required [(ngModel)]="fullName" [attr.aria-invalid]="fieldError('person.fullName') ? 'true' : null" />
              @if (fieldError('person.fullName'); as fe) {
                <span class="field-error">{{ fe }}</span>
              }
            </label>
            <label class="k-field">
              <span>{{ 'comp.category' | t }}</span>
              <select name="category" [(ngModel)]="categoryId">
                @for (c of categories(); track c.id) {
                  <option [value]="c.id">{{ label(c.name) }}</option>
                }
              </select>
            </label>
            <label class="k-field">
              <span>{{ 'people.role' | t }}</span>
              <select name="role" [(ngModel)]="role">
                <option value="MEMBER">{{ 'role.MEMBER' | t }}</option>
                <option value="DEPUTY_CHAIR">{{ 'role.DEPUTY_CHAIR' | t }}</option>
              </select>
            </label>
            <label class="k-field">
              <span>{{ 'comp.selection' | t }}</span>
              <select name="selection" [(ngModel)]="selectionMethod">
                @for (s of selections; track s) {
                  <option [value]="s">{{ 'sel.' + s | t }}</option>
                }
              </select>
            </label>
            <label class="k-field">
              <span>{{ 'comp.organisation' | t }}</span>
              <input name="org" [(ngModel)]="orgName" />
            </label>
            <label class="k-field">
              <span>{{ 'comp.bin' | t }}</span>
              <input name="bin" inputmode="numeric" [(ngModel)]="orgBin" [attr.aria-invalid]="fieldError('nominatingOrgBin') ? 'true' : null" />
              @if (fieldError('nominatingOrgBin'); as fe) {
                <span class="field-error">{{ fe }}</span>
              }
            </label>
            <label class="k-field">
              <span>{{ 'comp.startsOn' | t }}</span>
              <input name="startsOn" type="date" [(ngModel)]="startsOn" (ngModelChange)="startsOnTouched = true" />
            </label>
            <button class="k-button" type="submit" [disabled]="busy()">{{ 'comp.add' | t }}</button>
          </form>
        </section>
      } @else {
        <p class="k-muted">{{ 'comp.noConvocation' | t }}</p>
      }
    } @else if (error(); as e) {
      <p class="k-alert" role="alert">{{ e.message }}</p>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.index { font-size: 1.1rem; font-weight: 600; }
     .end { display: flex; flex-direction: column; gap: 0.5rem; min-width: 16rem; }
     .add { margin-top: 2rem; }`,
  ],
})
export class CompositionPage implements OnInit {
  readonly id = input.required<string>();
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  readonly selections = SELECTIONS;
  readonly endReasons = END_REASONS;
  readonly data = signal<Admin.AdminCompositionQuery | null>(null);
  readonly categories = signal<Admin.AffiliationCategoriesQuery['affiliationCategories']>([]);
  readonly error = signal<UiError | null>(null);
  readonly notice = signal<string | null>(null);
  readonly busy = signal(false);
  readonly ending = signal<string | null>(null);
  private readonly fields = computed(() => this.error()?.fields ?? {});

  fullName = '';
  categoryId = '';
  role: Admin.MemberRole = 'MEMBER';
  selectionMethod: Admin.SelectionMethod = 'COMPETITION';
  orgName = '';
  orgBin = '';
  startsOn = todayInKazakhstan();
  startsOnTouched = false;
  endReason: Admin.EndReason = 'REPLACED_BY_BODY';

  constructor() {
    this.i18n.register(GAP_MESSAGES);
  }

  ngOnInit(): void {
    void this.load();
  }

  label(name: Localized): string {
    return pickLocalized(name, this.i18n.locale()).text;
  }

  fieldError(path: string): string | undefined {
    return this.fields()[path];
  }

  async load(): Promise<void> {
    try {
      const r = await firstValueFrom(this.apollo.query({ query: Admin.AdminCompositionDocument, variables: { councilId: this.id() }, fetchPolicy: 'network-only' }));
      if (!r.data) return;
      this.data.set(r.data);
      // The server's legal "today" (Kazakhstan time), not this computer's clock.
      if (!this.startsOnTouched) this.startsOn = r.data.composition.onDate;
      if (!this.categories().length) {
        const c = await firstValueFrom(
          this.apollo.query({ query: Admin.AffiliationCategoriesDocument, variables: { jurisdictionId: r.data.council.jurisdiction.id } }),
        );
        this.categories.set(c.data?.affiliationCategories ?? []);
        this.categoryId = this.categories().find((x) => !x.stateLinked && !x.supervisedByHost)?.id ?? this.categories()[0]?.id ?? '';
      }
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')));
    }
  }

  async publish(): Promise<void> {
    await this.change(() => firstValueFrom(this.apollo.mutate({ mutation: Admin.PublishCouncilDocument, variables: { id: this.id() } })));
  }

  async end(membershipId: string): Promise<void> {
    await this.change(() =>
      firstValueFrom(
        this.apollo.mutate({
          mutation: Admin.EndMembershipDocument,
          variables: { input: { membershipId, endsOn: this.data()?.composition.onDate ?? todayInKazakhstan(), reason: this.endReason } },
        }),
      ),
    );
    this.ending.set(null);
  }

  async appoint(): Promise<void> {
    const convocationId = this.data()?.composition.convocation?.id;
    if (!convocationId) return;
    const ok = await this.change(() =>
      firstValueFrom(
        this.apollo.mutate({
          mutation: Admin.AppointMemberDocument,
          variables: {
            input: {
              convocationId,
              categoryId: this.categoryId,
              role: this.role,
              selectionMethod: this.selectionMethod,
              startsOn: this.startsOn,
              person: { fullName: this.fullName.trim(), isCivilServant: false },
              ...(this.orgName.trim() ? { nominatingOrgName: this.orgName.trim() } : {}),
              ...(this.orgBin.trim() ? { nominatingOrgBin: this.orgBin.trim() } : {}),
            },
          },
        }),
      ),
    );
    if (ok) {
      this.fullName = '';
      this.orgName = '';
      this.orgBin = '';
    }
  }

  private async change(run: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      await run();
      await this.load();
      this.notice.set(this.i18n.t('comp.saved'));
      return true;
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
