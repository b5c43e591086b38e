import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, RulePanelComponent, TranslatePipe, pickLocalized, type Localized } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError, type UiError } from '../graphql-errors';

type Competition = Admin.AdminCompetitionQuery['competition'];
type ApplicationRow = Competition['applications'][number];

const STEPS: Admin.CompetitionState[] = ['DRAFT', 'OPEN', 'CLOSED', 'DECIDED', 'PUBLISHED'];
const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * A competition from the call to the decision, one step at a time: the page shows where the
 * competition stands and only what can be done now. Every action is checked by the API; a
 * refusal names the rule and its legal basis.
 */
@Component({
  selector: 'k-competition-page',
  imports: [FormsModule, RouterLink, LocalizedTextComponent, RulePanelComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (competition(); as c) {
      <p><a [routerLink]="['/councils', c.councilId, 'competitions']">← {{ 'cmp.backToList' | t }}</a></p>
      <h1><k-text [value]="c.callText" /></h1>
      <p class="k-muted">{{ c.opensOn }} – {{ c.closesOn }} · {{ 'cmp.seatsN' | t: { n: c.seats } }}</p>
      <ol class="steps" [attr.aria-label]="'cmp.steps' | t">
        @for (s of steps; track s; let i = $index) {
          <li [class.done]="stepIndex() > i" [class.current]="stepIndex() === i" [attr.aria-current]="stepIndex() === i ? 'step' : null">
            {{ i + 1 }}. {{ 'cmpStep.' + s | t }}
          </li>
        }
      </ol>
      @if (notice(); as n) { <p class="k-success" role="status">{{ n }}</p> }
      @if (error(); as e) {
        <div class="k-alert" role="alert">
          <p>{{ e.message }}</p>
          @if (e.basis) { <p>{{ 'rule.basis' | t }}: {{ e.basis }}</p> }
          @for (f of fieldList(); track f) { <p class="field">{{ f }}</p> }
        </div>
      }

      <section>
        <h2>{{ 'cmp.workingGroup' | t }}</h2>
        @if (c.workingGroup.length) {
          <ul class="k-list">
            @for (m of c.workingGroup; track m.id) {
              <li class="k-card" [attr.data-wg]="m.fullName">
                <strong>{{ m.fullName }}</strong>
                @if (m.isHead) { <span class="k-badge">{{ 'cmp.head' | t }}</span> }
                @if (m.stateLinked) { <span class="k-badge">{{ 'composition.stateLinked' | t }}</span> }
              </li>
            }
          </ul>
          <k-rule-panel [rules]="c.workingGroupCheck" />
        } @else {
          <p class="k-muted">{{ 'cmp.noWorkingGroup' | t }}</p>
        }
        @if (c.state === 'DRAFT') {
          <form class="k-form inline" (ngSubmit)="addMember()" novalidate>
            <label class="k-field"><span>{{ 'people.fullName' | t }}</span><input name="wgName" [(ngModel)]="wgName" /></label>
            <label class="check"><input type="checkbox" name="wgState" [(ngModel)]="wgStateLinked" /> {{ 'cmp.wgStateLinked' | t }}</label>
            <label class="check"><input type="checkbox" name="wgHead" [(ngModel)]="wgHead" /> {{ 'cmp.wgHead' | t }}</label>
            <button class="k-button secondary" type="submit" [disabled]="busy()">{{ 'cmp.addMember' | t }}</button>
          </form>
          <p class="next"><button class="k-button" type="button" (click)="run('open')" [disabled]="busy()">{{ 'cmp.open' | t }}</button></p>
        }
      </section>

      @if (c.state !== 'DRAFT') {
        <section>
          <h2>{{ 'cmp.applications' | t }}</h2>
          @if (c.applications.length) {
            <table class="k-table">
              <thead><tr><th scope="col">{{ 'people.fullName' | t }}</th><th scope="col">{{ 'cmp.documents' | t }}</th><th scope="col">{{ 'admin.status' | t }}</th></tr></thead>
              <tbody>
                @for (a of c.applications; track a.id) {
                  <tr [attr.data-application]="a.fullName">
                    <td><strong>{{ a.fullName }}</strong><div class="k-muted">{{ a.birthDate }}@if (a.nominatingOrgName) { · {{ a.nominatingOrgName }} }</div></td>
                    <td>@for (d of a.documents; track $index) { <div>{{ d }}</div> } @empty { <span class="k-muted">—</span> }</td>
                    <td>
                      <span class="k-badge">{{ 'appStatus.' + a.status | t }}</span>
                      @for (r of a.refusalReasons; track $index) { <p class="reason">{{ r.text }}</p> }
                      @if (a.status === 'SUBMITTED') {
                        <p><button class="k-button secondary" type="button" (click)="review(a.id)" [disabled]="busy()">{{ 'cmp.check' | t }}</button></p>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          } @else {
            <p class="k-muted">{{ 'cmp.noApplications' | t }}</p>
          }
          @if (c.state === 'OPEN') {
            <div class="k-card enter">
              <h3>{{ 'cmp.enterApplication' | t }}</h3>
              <form class="k-form" (ngSubmit)="submit()" novalidate>
                <label class="k-field"><span>{{ 'people.fullName' | t }}</span>
                  <input name="appName" [(ngModel)]="app.fullName" [attr.aria-invalid]="fieldError('fullName') ? 'true' : null" />
                  @if (fieldError('fullName'); as fe) { <span class="field-error">{{ fe }}</span> }</label>
                <label class="k-field"><span>{{ 'cmp.birthDate' | t }}</span>
                  <input name="appBirth" type="date" [(ngModel)]="app.birthDate" [attr.aria-invalid]="fieldError('birthDate') ? 'true' : null" />
                  @if (fieldError('birthDate'); as fe) { <span class="field-error">{{ fe }}</span> }</label>
                <label class="check"><input type="checkbox" name="citizen" [(ngModel)]="app.citizen" /> {{ 'cmp.citizen' | t }}</label>
                <label class="check"><input type="checkbox" name="resides" [(ngModel)]="app.residesInJurisdiction" /> {{ 'cmp.resides' | t }}</label>
                <label class="check"><input type="checkbox" name="conviction" [(ngModel)]="app.convictionDeclared" /> {{ 'cmp.conviction' | t }}</label>
                <label class="check"><input type="checkbox" name="crc" [(ngModel)]="app.criminalRecordCertificate" /> {{ 'cmp.criminalCertificate' | t }}</label>
                <label class="check"><input type="checkbox" name="mhc" [(ngModel)]="app.mentalHealthCertificate" /> {{ 'cmp.mentalCertificate' | t }}</label>
                <label class="k-field"><span>{{ 'comp.organisation' | t }}</span><input name="appOrg" [(ngModel)]="app.org" /></label>
                <label class="k-field"><span>{{ 'comp.bin' | t }}</span>
                  <input name="appBin" inputmode="numeric" [(ngModel)]="app.bin" [attr.aria-invalid]="fieldError('nominatingOrgBin') ? 'true' : null" />
                  @if (fieldError('nominatingOrgBin'); as fe) { <span class="field-error">{{ fe }}</span> }</label>
                <label class="k-field"><span>{{ 'cmp.documents' | t }}</span>
                  <textarea name="appDocs" rows="3" [(ngModel)]="app.documents"></textarea><span class="hint">{{ 'cmp.onePerLine' | t }}</span></label>
                <button class="k-button" type="submit" [disabled]="busy()">{{ 'cmp.saveApplication' | t }}</button>
              </form>
            </div>
            <p class="next"><button class="k-button" type="button" (click)="run('close')" [disabled]="busy()">{{ 'cmp.close' | t }}</button></p>
          }
        </section>
      }

      @if (c.state === 'CLOSED') {
        <section>
          <h2>{{ 'cmp.scoring' | t }}</h2>
          <p class="k-muted">{{ 'cmp.scoringLead' | t }}</p>
          <table class="k-table scores">
            <thead><tr><th scope="col">{{ 'people.fullName' | t }}</th>@for (m of c.workingGroup; track m.id) { <th scope="col">{{ m.fullName }}</th> }</tr></thead>
            <tbody>
              @for (a of shortlist(); track a.id) {
                <tr [attr.data-score-row]="a.fullName">
                  <th scope="row">{{ a.fullName }}</th>
                  @for (m of c.workingGroup; track m.id) {
                    <td>
                      <select [attr.aria-label]="a.fullName + ' — ' + m.fullName" [ngModel]="scoreOf(a, m.id)" (ngModelChange)="score(a.id, m.id, $event)" [ngModelOptions]="{ standalone: true }">
                        <option [ngValue]="null">—</option>
                        @for (v of scoreValues; track v) { <option [ngValue]="v">{{ v }}</option> }
                      </select>
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
          <form class="k-form inline next" (ngSubmit)="decide()" novalidate>
            <label class="k-field"><span>{{ 'cmp.reserveSize' | t }}</span><input name="reserve" type="number" min="0" max="100" [(ngModel)]="reserveSize" /></label>
            <button class="k-button" type="submit" [disabled]="busy()">{{ 'cmp.decide' | t }}</button>
          </form>
        </section>
      }

      @if (c.state === 'DECIDED' || c.state === 'PUBLISHED') {
        <section>
          <h2>{{ 'cmp.decision' | t }}</h2>
          <table class="k-table">
            <thead><tr><th scope="col">{{ 'cmp.rank' | t }}</th><th scope="col">{{ 'people.fullName' | t }}</th><th scope="col">{{ 'cmp.outcome' | t }}</th><th scope="col">{{ 'cmp.reasons' | t }}</th></tr></thead>
            <tbody>
              @for (a of decided(); track a.id) {
                <tr [attr.data-result]="a.fullName">
                  <td>{{ a.rank ?? '—' }}</td>
                  <td><strong>{{ a.fullName }}</strong></td>
                  <td><span class="k-badge">{{ 'appStatus.' + a.status | t }}</span>
                    @if (a.appointedMembershipId) { <div class="k-muted">{{ 'cmp.appointed' | t }}</div> }</td>
                  <td>{{ a.decisionReasons }}</td>
                </tr>
              }
            </tbody>
          </table>
          @if (c.state === 'DECIDED') {
            <p class="next"><button class="k-button" type="button" (click)="run('publish')" [disabled]="busy()">{{ 'cmp.publish' | t }}</button></p>
          } @else {
            <p class="k-success">{{ 'cmp.isPublished' | t }}</p>
          }
          <section class="k-card reserve">
            <h3>{{ 'cmp.fillVacancy' | t }}</h3>
            @if (nextReserve(); as r) {
              <p>{{ 'cmp.nextReserve' | t: { name: r.fullName, position: r.reservePosition ?? '' } }}</p>
              <form class="k-form" (ngSubmit)="fill(r.id)" novalidate>
                <label class="k-field"><span>{{ 'comp.category' | t }}</span>
                  <select name="category" [(ngModel)]="categoryId">
                    @for (cat of categories(); track cat.id) { <option [value]="cat.id">{{ label(cat.name) }}</option> }
                  </select></label>
                <label class="k-field"><span>{{ 'comp.startsOn' | t }}</span><input name="fillFrom" type="date" [(ngModel)]="fillFrom" /></label>
                <button class="k-button" type="submit" [disabled]="busy()">{{ 'cmp.appointNext' | t }}</button>
              </form>
            } @else {
              <p class="k-muted">{{ 'cmp.reserveEmpty' | t }}</p>
            }
          </section>
        </section>
      }
    } @else if (error(); as e) {
      <p class="k-alert" role="alert">{{ e.message }}</p>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.steps { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 1rem 0 1.5rem; }
     .steps li { padding: 0.5rem 0.9rem; border-radius: var(--k-radius); border: 2px solid var(--k-border); background: var(--k-surface); color: var(--k-muted); }
     .steps li.done { color: var(--k-ok); border-color: var(--k-ok); }
     .steps li.done::before { content: '✓ '; }
     .steps li.current { color: var(--k-on-primary); background: var(--k-primary); border-color: var(--k-primary); font-weight: 700; }
     section { margin-bottom: 1.5rem; }
     .inline { flex-direction: row; flex-wrap: wrap; align-items: flex-end; max-width: none; }
     .check { display: flex; align-items: center; gap: 0.6rem; min-height: 48px; font-weight: 600; }
     .check input { width: 1.5rem; height: 1.5rem; }
     .next { margin-top: 1.25rem; }
     .reason { margin: 0.35rem 0 0; color: var(--k-bad); font-weight: 600; }
     .enter { margin-top: 1rem; } .enter h3 { margin-top: 0; }
     textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }
     .scores select { min-height: 48px; min-width: 5rem; font: inherit; border: 2px solid var(--k-border); border-radius: var(--k-radius); background: var(--k-surface); }
     .reserve { margin-top: 1.5rem; } .reserve h3 { margin-top: 0; }
     .k-list li { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }`,
  ],
})
export class CompetitionPage implements OnInit {
  readonly id = input.required<string>();
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  readonly steps = STEPS;
  readonly scoreValues = SCORES;
  readonly competition = signal<Competition | null>(null);
  readonly categories = signal<Admin.AffiliationCategoriesQuery['affiliationCategories']>([]);
  readonly error = signal<UiError | null>(null);
  readonly notice = signal<string | null>(null);
  readonly busy = signal(false);
  private readonly fields = computed(() => this.error()?.fields ?? {});
  readonly fieldList = computed(() => Object.values(this.fields()));
  readonly stepIndex = computed(() => STEPS.indexOf(this.competition()?.state ?? 'DRAFT'));
  readonly shortlist = computed(() => (this.competition()?.applications ?? []).filter((a) => a.status === 'SHORTLISTED'));
  readonly decided = computed(() =>
    (this.competition()?.applications ?? [])
      .filter((a) => a.status === 'SELECTED' || a.status === 'RESERVE' || a.status === 'NOT_SELECTED')
      .sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999)),
  );
  readonly nextReserve = computed(() =>
    (this.competition()?.applications ?? [])
      .filter((a) => a.status === 'RESERVE' && !a.appointedMembershipId)
      .sort((a, b) => (a.reservePosition ?? 0) - (b.reservePosition ?? 0))[0] ?? null,
  );

  wgName = '';
  wgStateLinked = false;
  wgHead = false;
  app = blankApplication();
  reserveSize: number | null = null;
  categoryId = '';
  fillFrom = '';

  ngOnInit(): void {
    void this.load();
  }

  fieldError(path: string): string | undefined {
    return this.fields()[path];
  }

  label(name: Localized): string {
    return pickLocalized(name, this.i18n.locale()).text;
  }

  scoreOf(a: ApplicationRow, scorerId: string): number | null {
    return a.scores.find((s) => s.scorerId === scorerId)?.value ?? null;
  }

  async load(): Promise<void> {
    try {
      const r = await firstValueFrom(this.apollo.query({ query: Admin.AdminCompetitionDocument, variables: { id: this.id() }, fetchPolicy: 'network-only' }));
      const c = r.data?.competition;
      if (!c) return;
      this.competition.set(c);
      if ((c.state === 'DECIDED' || c.state === 'PUBLISHED') && !this.categories().length) {
        const council = await firstValueFrom(
          this.apollo.query({ query: Admin.CouncilCompetitionsDocument, variables: { councilId: c.councilId }, fetchPolicy: 'network-only' }),
        );
        const jurisdictionId = council.data?.council.jurisdiction.id;
        this.fillFrom = council.data?.composition.onDate ?? '';
        if (jurisdictionId) {
          const cats = await firstValueFrom(this.apollo.query({ query: Admin.AffiliationCategoriesDocument, variables: { jurisdictionId } }));
          this.categories.set(cats.data?.affiliationCategories ?? []);
          this.categoryId = this.categories().find((x) => !x.stateLinked && !x.supervisedByHost)?.id ?? '';
        }
      }
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')));
    }
  }

  addMember(): Promise<boolean> {
    return this.change(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: Admin.AddWorkingGroupMemberDocument,
            variables: { input: { competitionId: this.id(), fullName: this.wgName.trim(), stateLinked: this.wgStateLinked, isHead: this.wgHead } },
          }),
        ),
      () => {
        this.wgName = '';
        this.wgStateLinked = false;
        this.wgHead = false;
      },
    );
  }

  run(step: 'open' | 'close' | 'publish'): Promise<boolean> {
    const mutation =
      step === 'open' ? Admin.OpenCompetitionDocument : step === 'close' ? Admin.CloseCompetitionDocument : Admin.PublishCompetitionDocument;
    return this.change(() => firstValueFrom(this.apollo.mutate({ mutation, variables: { id: this.id() } })));
  }

  submit(): Promise<boolean> {
    const a = this.app;
    const org = a.org.trim();
    const bin = a.bin.trim();
    return this.change(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: Admin.SubmitApplicationDocument,
            variables: {
              input: {
                competitionId: this.id(),
                fullName: a.fullName.trim(),
                birthDate: a.birthDate,
                citizen: a.citizen,
                residesInJurisdiction: a.residesInJurisdiction,
                convictionDeclared: a.convictionDeclared,
                criminalRecordCertificate: a.criminalRecordCertificate,
                mentalHealthCertificate: a.mentalHealthCertificate,
                selfNominated: !org,
                documents: a.documents.split('\n').map((d) => d.trim()).filter(Boolean),
                ...(org ? { nominatingOrgName: org } : {}),
                ...(bin ? { nominatingOrgBin: bin } : {}),
              },
            },
          }),
        ),
      () => (this.app = blankApplication()),
    );
  }

  review(applicationId: string): Promise<boolean> {
    return this.change(() => firstValueFrom(this.apollo.mutate({ mutation: Admin.AdmitOrRefuseDocument, variables: { input: { applicationId } } })));
  }

  score(applicationId: string, scorerId: string, value: number | null): Promise<boolean> | undefined {
    if (value === null) return undefined;
    return this.change(() =>
      firstValueFrom(this.apollo.mutate({ mutation: Admin.ScoreApplicationDocument, variables: { input: { applicationId, scorerId, value: Number(value) } } })),
    );
  }

  decide(): Promise<boolean> {
    const size = this.reserveSize === null || String(this.reserveSize) === '' ? undefined : Number(this.reserveSize);
    return this.change(() =>
      firstValueFrom(
        this.apollo.mutate({ mutation: Admin.DecideCompetitionDocument, variables: { input: { competitionId: this.id(), ...(size === undefined ? {} : { reserveSize: size }) } } }),
      ),
    );
  }

  fill(applicationId: string): Promise<boolean> {
    return this.change(() =>
      firstValueFrom(
        this.apollo.mutate({
          mutation: Admin.FillVacancyFromReserveDocument,
          variables: { input: { competitionId: this.id(), applicationId, categoryId: this.categoryId, startsOn: this.fillFrom } },
        }),
      ),
    );
  }

  private async change(run: () => Promise<unknown>, after?: () => void): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      await run();
      after?.();
      await this.load();
      this.notice.set(this.i18n.t('cmp.saved'));
      return true;
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}

function blankApplication() {
  return {
    fullName: '',
    birthDate: '',
    citizen: true,
    residesInJurisdiction: true,
    convictionDeclared: false,
    criminalRecordCertificate: true,
    mentalHealthCertificate: true,
    org: '',
    bin: '',
    documents: '',
  };
}
