import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError, type UiError } from '../graphql-errors';

/** A council's competitions for seats, and a short form to announce a new one. */
@Component({
  selector: 'k-competitions-page',
  imports: [FormsModule, RouterLink, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="['/councils', id(), 'composition']">← {{ 'cmp.backToComposition' | t }}</a></p>
    @if (data(); as d) {
      <h1><k-text [value]="d.council.name" /> — {{ 'cmp.title' | t }}</h1>
      <p class="k-muted">{{ 'cmp.lead' | t }}</p>
      @if (d.competitions.length) {
        <table class="k-table">
          <thead>
            <tr>
              <th scope="col">{{ 'cmp.call' | t }}</th>
              <th scope="col">{{ 'cmp.dates' | t }}</th>
              <th scope="col">{{ 'cmp.seats' | t }}</th>
              <th scope="col">{{ 'admin.status' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of d.competitions; track c.id) {
              <tr>
                <td><a [routerLink]="['/competitions', c.id]"><k-text [value]="c.callText" /></a>
                  <div class="k-muted">{{ 'cmp.applicationsCount' | t: { n: c.applications.length } }}</div></td>
                <td>{{ c.opensOn }} – {{ c.closesOn }}</td>
                <td>{{ c.seats }}</td>
                <td><span class="k-badge">{{ 'cmpState.' + c.state | t }}</span></td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="k-muted">{{ 'cmp.none' | t }}</p>
      }

      @if (d.composition.convocation; as conv) {
        <section class="k-card new">
          <h2>{{ 'cmp.new' | t }}</h2>
          <p class="k-muted">{{ 'composition.convocation' | t: { n: conv.number, from: conv.startsOn, to: conv.endsOn } }}</p>
          @if (error(); as e) {
            <p class="k-alert" role="alert">{{ e.message }}</p>
          }
          <form class="k-form" (ngSubmit)="create(conv.id)" novalidate>
            <label class="k-field">
              <span>{{ 'cmp.callRu' | t }}</span>
              <input name="callRu" required [(ngModel)]="callRu" [attr.aria-invalid]="fieldError('callText.ru') ? 'true' : null" />
              @if (fieldError('callText.ru'); as fe) { <span class="field-error">{{ fe }}</span> }
            </label>
            <label class="k-field">
              <span>{{ 'cmp.callKk' | t }}</span>
              <input name="callKk" [(ngModel)]="callKk" />
            </label>
            <label class="k-field">
              <span>{{ 'cmp.criteria' | t }}</span>
              <textarea name="criteria" rows="3" [(ngModel)]="criteria"></textarea>
              <span class="hint">{{ 'cmp.onePerLine' | t }}</span>
            </label>
            <label class="k-field">
              <span>{{ 'cmp.seats' | t }}</span>
              <input name="seats" type="number" min="1" max="100" [(ngModel)]="seats" />
            </label>
            <label class="k-field">
              <span>{{ 'cmp.opensOn' | t }}</span>
              <input name="opensOn" type="date" [(ngModel)]="opensOn" />
            </label>
            <label class="k-field">
              <span>{{ 'cmp.closesOn' | t }}</span>
              <input name="closesOn" type="date" [(ngModel)]="closesOn" [attr.aria-invalid]="fieldError('closesOn') ? 'true' : null" />
              @if (fieldError('closesOn'); as fe) { <span class="field-error">{{ fe }}</span> }
            </label>
            <button class="k-button" type="submit" [disabled]="busy()">{{ 'cmp.create' | t }}</button>
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
  styles: [`.new { margin-top: 2rem; } textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }`],
})
export class CompetitionsPage implements OnInit {
  readonly id = input.required<string>();
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);

  readonly data = signal<Admin.CouncilCompetitionsQuery | null>(null);
  readonly error = signal<UiError | null>(null);
  readonly busy = signal(false);
  private readonly fields = computed(() => this.error()?.fields ?? {});

  callRu = '';
  callKk = '';
  criteria = '';
  seats = 1;
  opensOn = '';
  closesOn = '';

  ngOnInit(): void {
    void this.load();
  }

  fieldError(path: string): string | undefined {
    return this.fields()[path];
  }

  async load(): Promise<void> {
    try {
      const r = await firstValueFrom(this.apollo.query({ query: Admin.CouncilCompetitionsDocument, variables: { councilId: this.id() }, fetchPolicy: 'network-only' }));
      if (!r.data) return;
      this.data.set(r.data);
      if (!this.opensOn) this.opensOn = r.data.composition.onDate;
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')));
    }
  }

  async create(convocationId: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const r = await firstValueFrom(
        this.apollo.mutate({
          mutation: Admin.CreateCompetitionDocument,
          variables: {
            input: {
              councilId: this.id(),
              convocationId,
              seats: Number(this.seats),
              callText: { ru: this.callRu.trim(), ...(this.callKk.trim() ? { kk: this.callKk.trim() } : {}) },
              criteria: this.criteria
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean)
                .map((ru) => ({ ru })),
              opensOn: this.opensOn,
              closesOn: this.closesOn,
            },
          },
        }),
      );
      const id = r.data?.createCompetition.id;
      if (id) await this.router.navigate(['/competitions', id]);
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')));
    } finally {
      this.busy.set(false);
    }
  }
}
