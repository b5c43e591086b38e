import type { ApplicationEntity, CompetitionEntity } from './selection.entities';
import { toPublicCompetition, toRefusalReason } from './selection.mappers';

const competition = {
  id: 'c1',
  councilId: 'k',
  convocationId: 'v',
  seats: 1,
  callText: { ru: 'Конкурс', kk: 'Конкурс', en: 'Competition' },
  criteria: [],
  opensOn: '2026-06-01',
  closesOn: '2026-06-20',
  state: 'published',
  decidedAt: new Date(),
  publishedAt: new Date(),
  createdAt: new Date(),
} as CompetitionEntity;

function app(fullName: string, over: Partial<ApplicationEntity>): ApplicationEntity {
  return {
    id: fullName,
    competitionId: 'c1',
    fullName,
    birthDate: '1984-02-10',
    residesInJurisdiction: true,
    citizen: true,
    convictionDeclared: false,
    mentalHealthCertificate: true,
    criminalRecordCertificate: true,
    documents: ['Заявление', 'Справка о несудимости'],
    nominatingOrgName: null,
    nominatingOrgBin: '990140000777',
    selfNominated: true,
    isWorkingGroupMember: false,
    status: 'submitted',
    refusalReasons: [],
    rank: null,
    averageScore: null,
    reservePosition: null,
    decisionReasons: null,
    createdAt: new Date(),
    ...over,
  };
}

describe('selection mappers', () => {
  it('publishes names, outcomes and reasons in order, and refused candidates only as a count', () => {
    const view = toPublicCompetition(
      {
        competition,
        applications: [
          app('Reserve', { status: 'reserve', rank: 2, averageScore: '6.50', reservePosition: 1, decisionReasons: { ru: 'резерв', en: 'reserve' } }),
          app('Refused', { status: 'refused', convictionDeclared: true }),
          app('Selected', { status: 'selected', rank: 1, averageScore: '9.00', decisionReasons: { ru: 'отобран' } }),
        ],
        reserveAppointments: [{ id: 'r1', applicationId: 'Reserve', competitionId: 'c1', membershipId: 'm1', createdAt: new Date() }],
      },
      'en',
    );
    expect(view.refusedCount).toBe(1);
    expect(view.results).toEqual([
      { fullName: 'Selected', nominatingOrgName: null, status: 'selected', rank: 1, averageScore: 9, reservePosition: null, reasons: 'отобран', appointedFromReserve: false },
      { fullName: 'Reserve', nominatingOrgName: null, status: 'reserve', rank: 2, averageScore: 6.5, reservePosition: 1, reasons: 'reserve', appointedFromReserve: true },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/1984|990140000777|Refused|Заявление|m1/);
  });

  it('explains a refusal by its rule and basis, or by its ground when refused by hand', () => {
    const basis = { act: { id: 'KZ-383-V', short: { kk: '383-V Заң', ru: 'Закон 383-V', en: 'Law 383-V' } }, article: '10', paragraph: '1', confidence: 'C' as const };
    expect(
      toRefusalReason({ ruleCode: 'candidate.minimumAge', ground: 'eligibilityNotMet', basis, name: { ru: 'Минимальный возраст кандидата' }, note: null }, 'ru'),
    ).toMatchObject({ ruleCode: 'candidate.minimumAge', basis: 'Закон 383-V ст. 10 п. 1', text: 'Минимальный возраст кандидата (Закон 383-V ст. 10 п. 1)' });
    expect(toRefusalReason({ ruleCode: null, ground: 'falseInformation', basis: null, name: null, note: 'Диплом' }, 'en')).toMatchObject({
      ruleCode: null,
      basis: null,
      text: 'False information was given: Диплом',
    });
  });
});
