import type { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'councils' },
  { path: 'councils', loadComponent: () => import('./pages/councils.page').then((m) => m.CouncilsPage) },
  { path: '**', redirectTo: 'councils' },
];
