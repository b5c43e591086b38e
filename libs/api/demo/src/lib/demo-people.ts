import type { Role } from '@kenes/domain';

/**
 * Demo accounts (fictional people) so a first-time user can sign in and see each role.
 * They exist only when the demo data is loaded; the password is printed in the README.
 */
export const DEMO_PASSWORD = 'kenes-demo-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  locale: 'kk' | 'ru' | 'en';
  role: Role;
  /** Council slug, state-body key or jurisdiction code, by the role's scope kind. */
  scope: string | null;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@kenes.demo', displayName: 'Айгерім Сәрсенова', locale: 'kk', role: 'platformAdmin', scope: null },
  { email: 'operator@kenes.demo', displayName: 'Ерлан Тоқтаров', locale: 'ru', role: 'authorizedBodyOperator', scope: 'KZ-AKM' },
  { email: 'secretary@kenes.demo', displayName: 'Галина Петровна Ким', locale: 'ru', role: 'councilSecretary', scope: 'kokshetau' },
  { email: 'almaty.secretary@kenes.demo', displayName: 'Зәуре Омарова', locale: 'kk', role: 'councilSecretary', scope: 'almaty' },
  { email: 'almaty.chair@kenes.demo', displayName: 'Әлия Жақсылыққызы Серікбаева', locale: 'kk', role: 'councilChair', scope: 'almaty' },
  { email: 'chair@kenes.demo', displayName: 'Бауыржан Есенов', locale: 'kk', role: 'councilChair', scope: 'kokshetau' },
  { email: 'member@kenes.demo', displayName: 'Нина Васильевна Орлова', locale: 'ru', role: 'councilMember', scope: 'kokshetau' },
  { email: 'member2@kenes.demo', displayName: 'Айжан Маратқызы Нұрланова', locale: 'kk', role: 'councilMember', scope: 'kokshetau' },
  { email: 'member3@kenes.demo', displayName: 'Михаил Петрович Волков', locale: 'ru', role: 'councilMember', scope: 'kokshetau' },
  { email: 'wg@kenes.demo', displayName: 'Марат Жақыпов', locale: 'kk', role: 'workingGroupMember', scope: 'kokshetau' },
  { email: 'head@kenes.demo', displayName: 'Серік Назаров', locale: 'ru', role: 'stateBodyHead', scope: 'kok-transport' },
  { email: 'officer@kenes.demo', displayName: 'Даулет Әбенов', locale: 'ru', role: 'stateBodyOfficer', scope: 'kok-transport' },
];
