import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe, pickLocalized, type Localized } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { todayInKazakhstan } from '../dates';
import { toUiError, type UiError } from '../graphql-errors';


/**
 * Setting up a council in three plain steps on one page: what it is, its term, publication.
 * Each step unlocks the next; nothing is public until step 3.
 */
@Component({
  selector: 'k-council-setup-page',
  imports: [FormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/councils">← {{ 'nav.councils' | t }}</a></p>
    <h1>{{ 'setup.title' | t }}</h1>
    <p class="k-muted">{{ 'setup.lead' | t }}</p>
    @if (error(); as e) {
      <p class="k-alert" role="alert">{{ e.message }}</p>
    }

    <section class="k-card step">
      <h2>{{ 'setup.step1' | t }}</h2>
      @if (council(); as c) {
        <p class="k-success" role="status">{{ 'setup.created' | t }} {{ c.name.ru }}</p>
      } @else {
        <form class="k-form" (ngSubmit)="create()" novalidate>
          <label class="k-field">
            <span>{{ 'setup.nameKk' | t }}</span>
            <input name="nameKk" [(ngModel)]="nameKk" />
          </label>
          <label class="k-field">
            <span>{{ 'setup.nameRu' | t }}</span>
            <input name="nameRu" required [(ngModel)]="nameRu" [attr.aria-invalid]="field('name.ru') ? 'true' : null" />
            @if (field('name.ru'); as fe) {
              <span class="field-error">{{ fe }}</span>
            }
          </label>
          <label class="k-field">
            <span>{{ 'setup.nameEn' | t }}</span>
            <input name="nameEn" [(ngModel)]="nameEn" />
          </label>
          <label class="k-field">
            <span>{{ 'setup.level' | t }}</span>
            <select name="level" [(ngModel)]="level">
              <option value="LOCAL">{{ 'level.local' | t }}</option>
              <option value="REPUBLICAN">{{ 'level.republican' | t }}</option>
              <option value="QUASI_PUBLIC">{{ 'level.quasi_public' | t }}</option>
            </select>
          </label>
          <label class="k-field">
            <span>{{ 'setup.host' | t }}</span>
            <select name="host" [(ngModel)]="hostBodyId">
              @for (b of bodies(); track b.id) {
                <option [value]="b.id">{{ label(b.name) }}</option>
              }
            </select>
          </label>
          <div class="k-field">
            <label for="slug">{{ 'setup.slug' | t }}</label>
            <span class="hint" id="slug-hint">{{ 'setup.slugHint' | t }}</span>
            <input id="slug" name="slug" required aria-describedby="slug-hint" [(ngModel)]="slug" [attr.aria-invalid]="field('slug') ? 'true' : null" />
            @if (field('slug'); as fe) {
              <span class="field-error">{{ fe }}</span>
            }
          </div>
          <button class="k-button" type="submit" [disabled]="busy()">{{ 'setup.create' | t }}</button>
        </form>
      }
    </section>

    <section class="k-card step" [class.locked]="!council()">
      <h2>{{ 'setup.step2' | t }}</h2>
      @if (convocation(); as conv) {
        <p class="k-success" role="status">{{ 'setup.termSet' | t: { n: conv.number, from: conv.startsOn, to: conv.endsOn } }}</p>
      } @else if (council()) {
        <form class="k-form" (ngSubmit)="openTerm()" novalidate>
          <div class="k-field">
            <label for="term-start">{{ 'setup.termStart' | t }}</label>
            <span class="hint" id="term-hint">{{ 'setup.termHint' | t }}</span>
            <input id="term-start" name="startsOn" type="date" aria-describedby="term-hint" [(ngModel)]="startsOn" />
          </div>
          <button class="k-button" type="submit" [disabled]="busy()">{{ 'setup.openTerm' | t }}</button>
        </form>
      }
    </section>

    <section class="k-card step" [class.locked]="!convocation()">
      <h2>{{ 'setup.step3' | t }}</h2>
      @if (published()) {
        <p class="k-success" role="status">{{ 'setup.published' | t }}</p>
        <p class="k-actions">
          <a class="k-button" [routerLink]="['/councils', council()?.id, 'composition']">{{ 'setup.toComposition' | t }}</a>
          <a [href]="'/' + i18n.locale() + '/councils/' + council()?.slug">{{ 'admin.openPortal' | t }}</a>
        </p>
      } @else if (convocation()) {
        <button class="k-button" type="button" [disabled]="busy()" (click)="publish()">{{ 'setup.publish' | t }}</button>
      }
    </section>
  `,
  styles: [`.step { margin-block: 1rem; } .locked { opacity: 0.55; }`],
})
export class CouncilSetupPage {
  readonly i18n = inject(I18n);
  private readonly apollo = inject(Apollo);

  nameKk = '';
  nameRu = '';
  nameEn = '';
  level: Admin.CouncilLevel = 'LOCAL';
  hostBodyId = '';
  slug = '';
  startsOn = todayInKazakhstan();
  readonly busy = signal(false);
  readonly error = signal<UiError | null>(null);
  readonly council = signal<Admin.CreateCouncilMutation['createCouncil'] | null>(null);
  readonly convocation = signal<Admin.OpenConvocationMutation['openConvocation'] | null>(null);
  readonly published = signal(false);

  readonly bodies = toSignal(
    this.apollo.query({ query: Admin.AdminStateBodiesDocument, variables: { page: { offset: 0, limit: 100 } } }).pipe(
      map((r) => {
        const items = r.data?.stateBodies.items ?? [];
        if (!this.hostBodyId && items[0]) this.hostBodyId = items[0].id;
        return items;
      }),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  label(name: Localized): string {
    return pickLocalized(name, this.i18n.locale()).text;
  }

  field(path: string): string | undefined {
    return this.error()?.fields[path];
  }

  private async step(run: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await run();
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')));
    } finally {
      this.busy.set(false);
    }
  }

  create(): Promise<void> {
    return this.step(async () => {
      const name = { ru: this.nameRu.trim(), ...(this.nameKk.trim() ? { kk: this.nameKk.trim() } : {}), ...(this.nameEn.trim() ? { en: this.nameEn.trim() } : {}) };
      const r = await firstValueFrom(
        this.apollo.mutate({ mutation: Admin.CreateCouncilDocument, variables: { input: { name, level: this.level, hostBodyId: this.hostBodyId, slug: this.slug.trim() } } }),
      );
      this.council.set(r.data?.createCouncil ?? null);
    });
  }

  openTerm(): Promise<void> {
    return this.step(async () => {
      const id = this.council()?.id;
      if (!id) return;
      const r = await firstValueFrom(this.apollo.mutate({ mutation: Admin.OpenConvocationDocument, variables: { input: { councilId: id, startsOn: this.startsOn } } }));
      this.convocation.set(r.data?.openConvocation ?? null);
    });
  }

  publish(): Promise<void> {
    return this.step(async () => {
      const id = this.council()?.id;
      if (!id) return;
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.PublishCouncilDocument, variables: { id } }));
      this.published.set(true);
    });
  }
}
