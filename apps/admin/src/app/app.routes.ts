import type { Routes } from '@angular/router';
import { signedInGuard } from './auth.service';

export const routes: Routes = [
  { path: 'sign-in', loadComponent: () => import('./pages/sign-in.page').then((m) => m.SignInPage) },
  { path: 'forgot-password', loadComponent: () => import('./pages/forgot-password.page').then((m) => m.ForgotPasswordPage) },
  { path: 'reset-password', loadComponent: () => import('./pages/set-password.page').then((m) => m.SetPasswordPage), data: { mode: 'reset' } },
  { path: 'accept-invitation', loadComponent: () => import('./pages/set-password.page').then((m) => m.SetPasswordPage), data: { mode: 'invitation' } },
  {
    path: '',
    canActivate: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./pages/home.page').then((m) => m.HomePage) },
      { path: 'councils', loadComponent: () => import('./pages/councils.page').then((m) => m.CouncilsPage) },
      { path: 'councils/new', loadComponent: () => import('./pages/council-setup.page').then((m) => m.CouncilSetupPage) },
      { path: 'councils/:id/composition', loadComponent: () => import('./pages/composition.page').then((m) => m.CompositionPage) },
      { path: 'councils/:id/competitions', loadComponent: () => import('./pages/competitions.page').then((m) => m.CompetitionsPage) },
      { path: 'competitions/:id', loadComponent: () => import('./pages/competition.page').then((m) => m.CompetitionPage) },
      { path: 'councils/:id/meetings', loadComponent: () => import('./pages/meetings.page').then((m) => m.MeetingsPage) },
      { path: 'councils/:id/public-comments', loadComponent: () => import('./pages/public-comments.page').then((m) => m.PublicCommentsPage) },
      { path: 'meetings/:id', loadComponent: () => import('./pages/meeting.page').then((m) => m.MeetingPage) },
      { path: 'meetings/:id/console', loadComponent: () => import('./pages/meeting-console.page').then((m) => m.MeetingConsolePage) },
      { path: 'meetings/:id/minutes', loadComponent: () => import('./pages/minutes.page').then((m) => m.MinutesPage) },
      { path: 'councils/:id/reports/:year', loadComponent: () => import('./pages/annual-report.page').then((m) => m.AnnualReportPage) },
      { path: 'meetings/:id/member', loadComponent: () => import('./pages/member-meeting.page').then((m) => m.MemberMeetingPage) },
      { path: 'obligations', loadComponent: () => import('./pages/obligations.page').then((m) => m.ObligationsPage) },
      { path: 'obligations/:id', loadComponent: () => import('./pages/obligation.page').then((m) => m.ObligationPage) },
      { path: 'councils/:id/recommendations', loadComponent: () => import('./pages/recommendations.page').then((m) => m.RecommendationsPage) },
      { path: 'councils/:id/recommendations/:number', loadComponent: () => import('./pages/recommendation.page').then((m) => m.RecommendationPage) },
      { path: 'people', loadComponent: () => import('./pages/people.page').then((m) => m.PeoplePage) },
      { path: 'sessions', loadComponent: () => import('./pages/sessions.page').then((m) => m.SessionsPage) },
    ],
  },
  { path: '**', redirectTo: '' },
];
