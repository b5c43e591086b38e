import { type CanMatchFn, type Routes } from '@angular/router';

// Not isUiLocale from @kenes/ui: importing that barrel here would pull the whole library
// (components, dictionaries) into the first download.
const LANGS = ['kk', 'ru', 'en'];
const langMatch: CanMatchFn = (_route, segments) => LANGS.includes(segments[0]?.path ?? '');

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'kk' },
  {
    path: ':lang',
    canMatch: [langMatch],
    loadComponent: () => import('./shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', loadComponent: () => import('./pages/home.page').then((m) => m.HomePage) },
      { path: 'councils/:slug/activity', loadComponent: () => import('./pages/activity.page').then((m) => m.ActivityPage) },
      { path: 'councils/:slug/competitions', loadComponent: () => import('./pages/competitions.page').then((m) => m.CompetitionsPage) },
      { path: 'councils/:slug/meetings/:number/minutes', loadComponent: () => import('./pages/minutes.page').then((m) => m.MinutesPage) },
      { path: 'councils/:slug/reports/:year', loadComponent: () => import('./pages/annual-report.page').then((m) => m.AnnualReportPage) },
      { path: 'councils/:slug/meetings/:number', loadComponent: () => import('./pages/meeting.page').then((m) => m.MeetingPage) },
      // The address e-mails about a recommendation link to.
      { path: 'councils/:slug/recommendations/:number', loadComponent: () => import('./pages/recommendation.page').then((m) => m.RecommendationPage) },
      { path: 'bodies/:bodyId', loadComponent: () => import('./pages/body.page').then((m) => m.BodyPage) },
      { path: 'search', loadComponent: () => import('./pages/search.page').then((m) => m.SearchPage) },
      { path: 'councils/:slug', loadComponent: () => import('./pages/council.page').then((m) => m.CouncilPage) },
      { path: '**', loadComponent: () => import('./pages/not-found.page').then((m) => m.NotFoundPage) },
    ],
  },
  { path: '**', loadComponent: () => import('./pages/not-found.page').then((m) => m.NotFoundPage) },
];
