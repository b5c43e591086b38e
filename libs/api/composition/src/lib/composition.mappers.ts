import type { Locale } from '@kenes/api/core';
import type { IndependenceIndex as DomainIndependenceIndex } from '@kenes/domain';
import type { AffiliationCategoryEntity, ConvocationEntity, RuleSetEntity } from './composition.entities';
import { basisView } from './rule-views';
import {
  AffiliationCategory,
  Composition,
  CompositionChange,
  Convocation,
  ConvocationStatus,
  EndReason,
  Gender,
  IndependenceIndex,
  MemberRole,
  Membership,
  RuleSetVersion,
  SelectionMethod,
} from './composition.models';
import { PublicComposition, type PublicRuleCheck } from './composition-public.models';
import type { SeatedMembership } from './composition.repository';
import type { PopulationReferenceEntity } from './population-reference.entity';
import type { DemographicGap, PopulationReference } from './population.models';
import type { CompositionSnapshot } from './composition.service';
import type { ChangeOutcome } from './membership.service';
import { toDomainRuleSet } from './rule-set.service';
import { openIssues, ruleCheckView, ruleView } from './rule-views';

/** Entities never leave the service layer: each endpoint maps them to its own types. */
export function toCategory(e: AffiliationCategoryEntity): AffiliationCategory {
  return {
    id: e.id,
    jurisdictionId: e.jurisdictionId,
    code: e.code,
    name: e.name,
    stateLinked: e.stateLinked,
    supervisedByHost: e.supervisedByHost,
  };
}

export function toConvocation(e: ConvocationEntity): Convocation {
  return {
    id: e.id,
    councilId: e.councilId,
    number: e.number,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    status: e.status as ConvocationStatus,
  };
}

export function toMembership(m: SeatedMembership): Membership {
  return {
    id: m.id,
    convocationId: m.convocationId,
    person: {
      id: m.person.id,
      fullName: m.person.fullName,
      birthDate: m.person.birthDate,
      gender: m.person.gender as Gender | null,
      isCivilServant: m.person.isCivilServant,
    },
    role: m.role as MemberRole,
    isVotingMember: m.isVotingMember,
    category: toCategory(m.category),
    nominatingOrgName: m.nominatingOrgName,
    nominatingOrgBin: m.nominatingOrgBin,
    selectionMethod: m.selectionMethod as SelectionMethod,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    endReason: m.endReason as EndReason | null,
    previousId: m.previousId,
  };
}

export function toPopulationReference(e: PopulationReferenceEntity): PopulationReference {
  return {
    id: e.id,
    jurisdictionId: e.jurisdictionId,
    asOf: e.asOf,
    ageBands: e.ageBands.map((b) => ({ band: b.band, percent: b.percent })),
    femalePercent: Number(e.femalePercent),
    medianAge: e.medianAge === null ? null : Number(e.medianAge),
    source: e.source,
  };
}

/** Shares only: the same figures on both endpoints. */
export function toDemographicGap(s: CompositionSnapshot): DemographicGap | null {
  if (!s.population) return null;
  const { reference, gap } = s.population;
  return {
    referenceAsOf: reference.asOf,
    referenceSource: reference.source,
    ageBands: gap.ageBands.map((b) => ({ ...b, councilCount: s.demographics.ageBands.find((x) => x.band === b.band)?.count ?? 0 })),
    female: { ...gap.female },
    councilMedianAge: gap.medianAge.council,
    populationMedianAge: gap.medianAge.population,
    medianAgeGapYears: gap.medianAge.gapYears,
    largestGapBand: gap.largestAgeGap?.band ?? null,
  };
}

function toIndex(i: DomainIndependenceIndex): IndependenceIndex {
  return { ...i };
}

export function toComposition(s: CompositionSnapshot, locale: Locale): Composition {
  const rs = s.ruleSet;
  return {
    councilId: s.council.id,
    onDate: s.onDate,
    convocation: s.convocation ? toConvocation(s.convocation) : null,
    members: s.members.map(toMembership),
    evaluation: s.evaluation.map((r) => ruleCheckView(r, locale)),
    independenceIndex: toIndex(s.independenceIndex),
    demographicGap: toDemographicGap(s),
    ruleSet: {
      id: rs.row.id,
      version: rs.row.version,
      name: rs.ruleSet.name,
      effectiveFrom: rs.row.effectiveFrom,
      inForceOnDate: rs.inForce,
    },
    renewal: s.renewal ? { ...s.renewal, basis: basisView(s.renewal.basis, locale) } : null,
  };
}

export function toCompositionChange(o: ChangeOutcome, locale: Locale): CompositionChange {
  return { membership: toMembership(o.membership), ended: o.ended.map(toMembership), warnings: openIssues(o.issues, locale) };
}

export function toRuleSetVersion(row: RuleSetEntity, locale: Locale): RuleSetVersion {
  const rs = toDomainRuleSet(row);
  return {
    id: row.id,
    jurisdictionId: row.jurisdictionId,
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    name: rs.name,
    rules: rs.rules.map((r) => ruleView(r, locale)),
    document: rs.rules,
    createdAt: row.createdAt,
  };
}

/** Names, roles, categories and rule results: nothing else about a person leaves on the public endpoint. */
export function toPublicComposition(s: CompositionSnapshot, locale: Locale): PublicComposition {
  return {
    councilSlug: s.council.slug,
    onDate: s.onDate,
    convocation: s.convocation ? { number: s.convocation.number, startsOn: s.convocation.startsOn, endsOn: s.convocation.endsOn } : null,
    members: s.members.map((m) => ({
      fullName: m.person.fullName,
      role: m.role as MemberRole,
      category: {
        code: m.category.code,
        name: m.category.name,
        stateLinked: m.category.stateLinked,
        supervisedByHost: m.category.supervisedByHost,
      },
    })),
    demographics: {
      total: s.demographics.total,
      medianAge: s.demographics.medianAge,
      ageBands: s.demographics.ageBands,
      ageUnknown: s.demographics.ageUnknown,
      female: s.demographics.gender.female,
      male: s.demographics.gender.male,
      genderUnknown: s.demographics.gender.unknown,
    },
    evaluation: s.evaluation.map((r): PublicRuleCheck => {
      const v = ruleCheckView(r, locale);
      return {
        code: v.code,
        status: v.status,
        severity: v.severity,
        name: v.name,
        message: v.message,
        remedy: v.remedy,
        notes: v.notes,
        figures: v.figures,
        basis: {
          text: v.basis.text,
          actId: v.basis.actId,
          article: v.basis.article,
          paragraph: v.basis.paragraph,
          confidence: v.basis.confidence,
        },
      };
    }),
    independenceIndex: { ...s.independenceIndex },
    demographicGap: toDemographicGap(s),
  };
}
