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
      { path: 'meetings/:id/member', loadComponent: () => import('./pages/member-meeting.page').then((m) => m.MemberMeetingPage) },
      { path: 'people', loadComponent: () => import('./pages/people.page').then((m) => m.PeoplePage) },
      { path: 'sessions', loadComponent: () => import('./pages/sessions.page').then((m) => m.SessionsPage) },
    ],
  },
  { path: '**', redirectTo: '' },
];
