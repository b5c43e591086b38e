import type { Locale, LocalizedValue } from '@kenes/api/core';
import { ruleCheckView, toCompositionChange } from '@kenes/api/composition';
import { formatBasis } from '@kenes/domain';
import type { ApplicationEntity, ReserveAppointmentEntity, ScoreEntity, StoredRefusal } from './selection.entities';
import type { ReserveFillOutcome } from './reserve.service';
import {
  Application,
  ApplicationStatus,
  Competition,
  CompetitionState,
  PublicCompetition,
  RefusalGround,
  RefusalReason,
  ReserveFill,
  Score,
} from './selection.models';
import type { CompetitionDetail, PublishedCompetition } from './selection.service';

const GROUND_TEXT: Record<RefusalGround, LocalizedValue & { kk: string; en: string }> = {
  [RefusalGround.ELIGIBILITY_NOT_MET]: {
    kk: 'Үміткерге қойылатын талаптарға сәйкес келмейді',
    ru: 'Не соответствует требованиям к кандидатам',
    en: 'Does not meet the requirements for candidates',
  },
  [RefusalGround.DOCUMENTS_MISSING]: { kk: 'Құжаттар толық емес', ru: 'Документы представлены не полностью', en: 'Documents are missing' },
  [RefusalGround.FALSE_INFORMATION]: { kk: 'Жалған мәліметтер берілді', ru: 'Представлены недостоверные сведения', en: 'False information was given' },
};

function pick(v: LocalizedValue | null, locale: Locale): string | null {
  if (!v) return null;
  return (locale === 'kk' ? v.kk : locale === 'en' ? v.en : v.ru) || v.ru;
}

export function toRefusalReason(r: StoredRefusal, locale: Locale): RefusalReason {
  const ground = r.ground as RefusalGround;
  const name = pick(r.name, locale) ?? (pick(GROUND_TEXT[ground], locale));
  const basis = r.basis ? formatBasis(r.basis, locale) : null;
  const text = `${name}${r.note ? `: ${r.note}` : ''}${basis ? ` (${basis})` : ''}`;
  return { ground, ruleCode: r.ruleCode, text, basis };
}

export function toScore(s: ScoreEntity): Score {
  return { id: s.id, applicationId: s.applicationId, scorerId: s.scorerId, value: s.value, comment: s.comment };
}

export function toApplication(a: ApplicationEntity, scores: ScoreEntity[], locale: Locale, used: ReserveAppointmentEntity[] = []): Application {
  return {
    id: a.id,
    competitionId: a.competitionId,
    fullName: a.fullName,
    birthDate: a.birthDate,
    residesInJurisdiction: a.residesInJurisdiction,
    citizen: a.citizen,
    convictionDeclared: a.convictionDeclared,
    mentalHealthCertificate: a.mentalHealthCertificate,
    criminalRecordCertificate: a.criminalRecordCertificate,
    documents: a.documents ?? [],
    nominatingOrgName: a.nominatingOrgName,
    nominatingOrgBin: a.nominatingOrgBin,
    selfNominated: a.selfNominated,
    isWorkingGroupMember: a.isWorkingGroupMember,
    status: a.status as ApplicationStatus,
    refusalReasons: a.refusalReasons.map((r) => toRefusalReason(r, locale)),
    scores: scores.filter((s) => s.applicationId === a.id).map(toScore),
    rank: a.rank,
    averageScore: a.averageScore === null ? null : Number(a.averageScore),
    reservePosition: a.reservePosition,
    decisionReasons: pick(a.decisionReasons, locale),
    appointedMembershipId: used.find((r) => r.applicationId === a.id)?.membershipId ?? null,
  };
}

export function toReserveFill(o: ReserveFillOutcome, locale: Locale): ReserveFill {
  return { application: toApplication(o.application, [], locale), change: toCompositionChange(o.change, locale) };
}

export function toCompetition(d: CompetitionDetail, locale: Locale): Competition {
  const c = d.competition;
  return {
    id: c.id,
    councilId: c.councilId,
    convocationId: c.convocationId,
    seats: c.seats,
    callText: c.callText,
    criteria: c.criteria,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    state: c.state as CompetitionState,
    workingGroup: d.workingGroup.map((m) => ({ id: m.id, fullName: m.fullName, stateLinked: m.stateLinked, isHead: m.isHead })),
    workingGroupCheck: d.workingGroupCheck.map((r) => ruleCheckView(r, locale)),
    applications: d.applications.map((a) => toApplication(a, d.scores, locale, d.reserveAppointments)),
  };
}

const OUTCOME_ORDER: Record<string, number> = { selected: 0, reserve: 1, not_selected: 2 };

/** Names, organisations, outcomes and reasons only: no birth dates, certificates, declarations or refusal grounds. */
export function toPublicCompetition(p: PublishedCompetition, locale: Locale): PublicCompetition {
  const c = p.competition;
  const decided = p.applications
    .filter((a) => a.status in OUTCOME_ORDER)
    .sort(
      (a, b) =>
        (OUTCOME_ORDER[a.status] ?? 9) - (OUTCOME_ORDER[b.status] ?? 9) ||
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
        a.fullName.localeCompare(b.fullName, 'ru'),
    );
  return {
    id: c.id,
    seats: c.seats,
    callText: c.callText,
    criteria: c.criteria,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    refusedCount: p.applications.filter((a) => a.status === 'refused').length,
    results: decided.map((a) => ({
      fullName: a.fullName,
      nominatingOrgName: a.nominatingOrgName,
      status: a.status as ApplicationStatus,
      rank: a.rank,
      averageScore: a.averageScore === null ? null : Number(a.averageScore),
      reservePosition: a.reservePosition,
      reasons: pick(a.decisionReasons, locale),
      appointedFromReserve: p.reserveAppointments.some((r) => r.applicationId === a.id),
    })),
  };
}
