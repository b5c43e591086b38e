import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type AgeBandGap = {
  band: Scalars['String']['output'];
  /** Members in the band. */
  councilCount: Scalars['Int']['output'];
  /** Share on the council among members whose data is known. */
  councilPercent: Maybe<Scalars['Float']['output']>;
  /** Council minus population, in percentage points. */
  gapPoints: Maybe<Scalars['Float']['output']>;
  /** At least 10 percentage points apart. */
  notable: Scalars['Boolean']['output'];
  populationPercent: Scalars['Float']['output'];
};

export type ApplicationStatus =
  | 'ADMITTED'
  | 'NOT_SELECTED'
  | 'REFUSED'
  | 'RESERVE'
  | 'SELECTED'
  | 'SHORTLISTED'
  | 'SUBMITTED';

export type CouncilFilter = {
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<CouncilLevel>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type CouncilLevel =
  | 'LOCAL'
  | 'QUASI_PUBLIC'
  | 'REPUBLICAN';

/** The council against the population it serves (age bands and women), from a population reference. */
export type DemographicGap = {
  ageBands: Array<AgeBandGap>;
  councilMedianAge: Maybe<Scalars['Float']['output']>;
  female: ShareGap;
  /** The band furthest from the population. */
  largestGapBand: Maybe<Scalars['String']['output']>;
  /** Council median minus population median, in years. */
  medianAgeGapYears: Maybe<Scalars['Float']['output']>;
  populationMedianAge: Maybe<Scalars['Float']['output']>;
  referenceAsOf: Scalars['String']['output'];
  referenceSource: Scalars['String']['output'];
};

export type JurisdictionKind =
  | 'CITY_OBLAST'
  | 'CITY_REPUBLICAN'
  | 'DISTRICT'
  | 'OBLAST'
  | 'REPUBLIC'
  | 'RURAL_OKRUG';

export type LocalizedText = {
  en: Maybe<Scalars['String']['output']>;
  kk: Maybe<Scalars['String']['output']>;
  ru: Scalars['String']['output'];
};

/** The secretary is staff, not a member: never counted, never votes. */
export type MemberRole =
  | 'CHAIR'
  | 'DEPUTY_CHAIR'
  | 'MEMBER'
  | 'SECRETARY';

export type PageInput = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type PublicAffiliationCategory = {
  code: Scalars['String']['output'];
  name: LocalizedText;
  stateLinked: Scalars['Boolean']['output'];
  supervisedByHost: Scalars['Boolean']['output'];
};

export type PublicAgeBand = {
  /** 18-34, 35-49, 50-64 or 65+ */
  band: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type PublicCompetition = {
  callText: LocalizedText;
  closesOn: Scalars['String']['output'];
  criteria: Array<LocalizedText>;
  id: Scalars['ID']['output'];
  opensOn: Scalars['String']['output'];
  /** Applications refused admission (who and why is personal data and is not published). */
  refusedCount: Scalars['Int']['output'];
  results: Array<PublicCompetitionResult>;
  seats: Scalars['Int']['output'];
};

export type PublicCompetitionResult = {
  /** A reserve entry that has since filled a vacancy on the council. */
  appointedFromReserve: Scalars['Boolean']['output'];
  averageScore: Maybe<Scalars['Float']['output']>;
  fullName: Scalars['String']['output'];
  nominatingOrgName: Maybe<Scalars['String']['output']>;
  rank: Maybe<Scalars['Int']['output']>;
  reasons: Maybe<Scalars['String']['output']>;
  reservePosition: Maybe<Scalars['Int']['output']>;
  status: ApplicationStatus;
};

/** A published council’s composition on a date and how it measures against the law. */
export type PublicComposition = {
  convocation: Maybe<PublicConvocation>;
  councilSlug: Scalars['String']['output'];
  /** Against the population reference of the jurisdiction; null without one. */
  demographicGap: Maybe<DemographicGap>;
  demographics: PublicDemographics;
  evaluation: Array<PublicRuleCheck>;
  independenceIndex: PublicIndependenceIndex;
  members: Array<PublicMember>;
  onDate: Scalars['String']['output'];
};

export type PublicConvocation = {
  endsOn: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  startsOn: Scalars['String']['output'];
};

export type PublicCouncil = {
  hostBody: PublicStateBody;
  jurisdiction: PublicJurisdiction;
  level: CouncilLevel;
  name: LocalizedText;
  slug: Scalars['String']['output'];
};

export type PublicCouncilPage = {
  items: Array<PublicCouncil>;
  total: Scalars['Int']['output'];
};

/** Counts by age band and gender on the date; members without the data are counted as unknown. */
export type PublicDemographics = {
  ageBands: Array<PublicAgeBand>;
  ageUnknown: Scalars['Int']['output'];
  female: Scalars['Int']['output'];
  genderUnknown: Scalars['Int']['output'];
  male: Scalars['Int']['output'];
  medianAge: Maybe<Scalars['Float']['output']>;
  total: Scalars['Int']['output'];
};

export type PublicIndependenceIndex = {
  civilSociety: Scalars['Int']['output'];
  independentPercent: Scalars['Float']['output'];
  stateLinked: Scalars['Int']['output'];
  stateLinkedPercent: Scalars['Float']['output'];
  stateLinkedWithSupervisedPercent: Scalars['Float']['output'];
  supervised: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type PublicJurisdiction = {
  code: Scalars['String']['output'];
  kind: JurisdictionKind;
  name: LocalizedText;
};

export type PublicLegalBasis = {
  actId: Scalars['String']['output'];
  article: Maybe<Scalars['String']['output']>;
  confidence: Scalars['String']['output'];
  paragraph: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type PublicMember = {
  category: PublicAffiliationCategory;
  fullName: Scalars['String']['output'];
  role: MemberRole;
};

export type PublicRuleCheck = {
  basis: PublicLegalBasis;
  code: Scalars['String']['output'];
  figures: Array<PublicRuleFigure>;
  message: Scalars['String']['output'];
  name: Scalars['String']['output'];
  notes: Array<Scalars['String']['output']>;
  remedy: Maybe<Scalars['String']['output']>;
  severity: RuleSeverity;
  status: RuleCheckStatus;
};

export type PublicRuleFigure = {
  name: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type PublicStateBody = {
  id: Scalars['ID']['output'];
  kind: StateBodyKind;
  name: LocalizedText;
};

export type Query = {
  /** Published competitions of a published council with their results and reasons (names only, no personal data). */
  competitions: Maybe<Array<PublicCompetition>>;
  /** A published council’s composition on a date, with the rules’ verdict and legal basis. */
  composition: Maybe<PublicComposition>;
  /** A published council by its slug. */
  council: Maybe<PublicCouncil>;
  /** Published councils. */
  councils: PublicCouncilPage;
  jurisdictions: Array<PublicJurisdiction>;
};


export type QueryCompetitionsArgs = {
  slug: Scalars['String']['input'];
};


export type QueryCompositionArgs = {
  onDate?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
};


export type QueryCouncilArgs = {
  slug: Scalars['String']['input'];
};


export type QueryCouncilsArgs = {
  filter?: InputMaybe<CouncilFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryJurisdictionsArgs = {
  page?: InputMaybe<PageInput>;
};

export type RuleCheckStatus =
  | 'FAIL'
  | 'NOT_APPLICABLE'
  | 'PASS'
  | 'WARNING';

/** A broken hard rule blocks a change; a broken soft rule is a warning. */
export type RuleSeverity =
  | 'HARD'
  | 'SOFT';

export type ShareGap = {
  /** Share on the council among members whose data is known. */
  councilPercent: Maybe<Scalars['Float']['output']>;
  /** Council minus population, in percentage points. */
  gapPoints: Maybe<Scalars['Float']['output']>;
  /** At least 10 percentage points apart. */
  notable: Scalars['Boolean']['output'];
  populationPercent: Scalars['Float']['output'];
};

export type StateBodyKind =
  | 'AGENCY'
  | 'AKIMAT'
  | 'AKIM_OFFICE_DEPARTMENT'
  | 'MASLIKHAT'
  | 'MINISTRY'
  | 'OTHER'
  | 'QUASI_PUBLIC'
  | 'TERRITORIAL_DIVISION';

export type PublicCouncilsQueryVariables = Exact<{
  filter?: InputMaybe<CouncilFilter>;
  page?: InputMaybe<PageInput>;
}>;


export type PublicCouncilsQuery = { councils: { total: number, items: Array<{ slug: string, level: CouncilLevel, name: { kk: string | null, ru: string, en: string | null }, jurisdiction: { code: string, name: { kk: string | null, ru: string, en: string | null } }, hostBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } }> } };

export type PublicCouncilQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicCouncilQuery = { council: { slug: string, level: CouncilLevel, name: { kk: string | null, ru: string, en: string | null }, jurisdiction: { code: string, kind: JurisdictionKind, name: { kk: string | null, ru: string, en: string | null } }, hostBody: { id: string, kind: StateBodyKind, name: { kk: string | null, ru: string, en: string | null } } } | null };

export type PublicCompositionQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicCompositionQuery = { composition: { onDate: string, convocation: { number: number, startsOn: string, endsOn: string } | null, independenceIndex: { total: number, civilSociety: number, stateLinked: number, supervised: number, stateLinkedPercent: number, stateLinkedWithSupervisedPercent: number }, demographics: { total: number, medianAge: number | null, ageUnknown: number, female: number, male: number, genderUnknown: number, ageBands: Array<{ band: string, count: number }> }, demographicGap: { referenceAsOf: string, referenceSource: string, councilMedianAge: number | null, populationMedianAge: number | null, medianAgeGapYears: number | null, largestGapBand: string | null, ageBands: Array<{ band: string, councilCount: number, councilPercent: number | null, populationPercent: number, gapPoints: number | null, notable: boolean }>, female: { councilPercent: number | null, populationPercent: number, gapPoints: number | null, notable: boolean } } | null, evaluation: Array<{ code: string, name: string, status: RuleCheckStatus, severity: RuleSeverity, message: string, remedy: string | null, notes: Array<string>, basis: { text: string, confidence: string } }>, members: Array<{ fullName: string, role: MemberRole, category: { code: string, stateLinked: boolean, supervisedByHost: boolean, name: { kk: string | null, ru: string, en: string | null } } }> } | null };

export type PublicCompetitionsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicCompetitionsQuery = { council: { slug: string, name: { kk: string | null, ru: string, en: string | null } } | null, competitions: Array<{ id: string, seats: number, opensOn: string, closesOn: string, refusedCount: number, callText: { kk: string | null, ru: string, en: string | null }, criteria: Array<{ kk: string | null, ru: string, en: string | null }>, results: Array<{ fullName: string, nominatingOrgName: string | null, status: ApplicationStatus, rank: number | null, averageScore: number | null, reservePosition: number | null, reasons: string | null, appointedFromReserve: boolean }> }> | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PublicCouncilsDocument = new TypedDocumentString(`
    query PublicCouncils($filter: CouncilFilter, $page: PageInput) {
  councils(filter: $filter, page: $page) {
    total
    items {
      slug
      level
      name {
        kk
        ru
        en
      }
      jurisdiction {
        code
        name {
          kk
          ru
          en
        }
      }
      hostBody {
        id
        name {
          kk
          ru
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCouncilsQuery, PublicCouncilsQueryVariables>;
export const PublicCouncilDocument = new TypedDocumentString(`
    query PublicCouncil($slug: String!) {
  council(slug: $slug) {
    slug
    level
    name {
      kk
      ru
      en
    }
    jurisdiction {
      code
      kind
      name {
        kk
        ru
        en
      }
    }
    hostBody {
      id
      kind
      name {
        kk
        ru
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCouncilQuery, PublicCouncilQueryVariables>;
export const PublicCompositionDocument = new TypedDocumentString(`
    query PublicComposition($slug: String!) {
  composition(slug: $slug) {
    onDate
    convocation {
      number
      startsOn
      endsOn
    }
    independenceIndex {
      total
      civilSociety
      stateLinked
      supervised
      stateLinkedPercent
      stateLinkedWithSupervisedPercent
    }
    demographics {
      total
      medianAge
      ageUnknown
      female
      male
      genderUnknown
      ageBands {
        band
        count
      }
    }
    demographicGap {
      referenceAsOf
      referenceSource
      councilMedianAge
      populationMedianAge
      medianAgeGapYears
      largestGapBand
      ageBands {
        band
        councilCount
        councilPercent
        populationPercent
        gapPoints
        notable
      }
      female {
        councilPercent
        populationPercent
        gapPoints
        notable
      }
    }
    evaluation {
      code
      name
      status
      severity
      message
      remedy
      notes
      basis {
        text
        confidence
      }
    }
    members {
      fullName
      role
      category {
        code
        name {
          kk
          ru
          en
        }
        stateLinked
        supervisedByHost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCompositionQuery, PublicCompositionQueryVariables>;
export const PublicCompetitionsDocument = new TypedDocumentString(`
    query PublicCompetitions($slug: String!) {
  council(slug: $slug) {
    slug
    name {
      kk
      ru
      en
    }
  }
  competitions(slug: $slug) {
    id
    seats
    opensOn
    closesOn
    refusedCount
    callText {
      kk
      ru
      en
    }
    criteria {
      kk
      ru
      en
    }
    results {
      fullName
      nominatingOrgName
      status
      rank
      averageScore
      reservePosition
      reasons
      appointedFromReserve
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCompetitionsQuery, PublicCompetitionsQueryVariables>;