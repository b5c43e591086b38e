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
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** A JSON value (rule values and rule lists; validated by the service). */
  JSON: { input: any; output: any; }
};

export type AcceptProposalInput = {
  meetingId: Scalars['ID']['input'];
  /** Position on the agenda; the end by default. */
  position?: InputMaybe<Scalars['Int']['input']>;
  proposalId: Scalars['ID']['input'];
};

export type AddAgendaItemInput = {
  category: AgendaItemCategory;
  meetingId: Scalars['ID']['input'];
  publicCommentsOpen?: InputMaybe<Scalars['Boolean']['input']>;
  rapporteur?: InputMaybe<Scalars['String']['input']>;
  relatedBodyId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the secretary. */
  source?: InputMaybe<AgendaItemSource>;
  title: LocalizedTextInput;
};

export type AddCommentInput = {
  body: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddWorkingGroupMemberInput = {
  competitionId: Scalars['ID']['input'];
  fullName: Scalars['String']['input'];
  isHead?: Scalars['Boolean']['input'];
  /** Represents a state body or the quasi-public sector. */
  stateLinked: Scalars['Boolean']['input'];
};

export type AddresseeInput = {
  lead: Scalars['Boolean']['input'];
  stateBodyId: Scalars['ID']['input'];
};

export type AdmitOrRefuseInput = {
  applicationId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Refuse although the automatic check admits (false information, for instance); an automatic refusal cannot be overridden. */
  refuseOn?: InputMaybe<RefusalGround>;
};

export type AffiliationCategory = {
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jurisdictionId: Scalars['ID']['output'];
  name: LocalizedText;
  stateLinked: Scalars['Boolean']['output'];
  supervisedByHost: Scalars['Boolean']['output'];
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

export type AgendaDocument = {
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mediaType: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** Where to download it (public for published councils). */
  url: Scalars['String']['output'];
};

export type AgendaItem = {
  category: AgendaItemCategory;
  conflicts: Array<ConflictDeclaration>;
  documents: Array<AgendaDocument>;
  id: Scalars['ID']['output'];
  meetingId: Scalars['ID']['output'];
  motions: Array<Motion>;
  position: Scalars['Int']['output'];
  publicCommentsOpen: Scalars['Boolean']['output'];
  rapporteur: Maybe<Scalars['String']['output']>;
  relatedBody: Maybe<BodyRef>;
  source: AgendaItemSource;
  title: LocalizedText;
};

export type AgendaItemCategory =
  | 'BUDGET_PROGRAMME'
  | 'CITIZEN_APPEAL'
  | 'DRAFT_REGULATION'
  | 'HEAD_REPORT'
  | 'OTHER'
  | 'OWN_INITIATIVE'
  | 'PUBLIC_CONTROL'
  | 'STRATEGIC_PLAN';

export type AgendaItemSource =
  | 'CITIZEN'
  | 'MEMBER'
  | 'SECRETARY'
  | 'STATE_BODY';

export type AgendaProposal = {
  agendaItemId: Maybe<Scalars['ID']['output']>;
  category: AgendaItemCategory;
  councilId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Shown to the proposer when declined. */
  declineReason: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  proposerName: Scalars['String']['output'];
  source: AgendaItemSource;
  status: AgendaProposalStatus;
  title: Scalars['String']['output'];
};

export type AgendaProposalStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type AnnounceResult = {
  meeting: Meeting;
  notice: NoticeView;
  /** Notices e-mailed to members and invitees. */
  notified: Scalars['Int']['output'];
};

export type AnnualReportView = {
  approvedByName: Maybe<Scalars['String']['output']>;
  attendance: Array<MemberAttendanceView>;
  bodies: Array<BodyResponseView>;
  commitments: Scalars['Int']['output'];
  commitmentsExecuted: Scalars['Int']['output'];
  compositionChanges: Array<CompositionChangeView>;
  executionRate: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  items: Scalars['Int']['output'];
  itemsByCategory: Array<CountView>;
  itemsBySource: Array<CountView>;
  meetingsHeld: Scalars['Int']['output'];
  meetingsMinimumMet: Maybe<Scalars['Boolean']['output']>;
  meetingsRequired: Maybe<Scalars['Int']['output']>;
  onTimeRate: Maybe<Scalars['Float']['output']>;
  pdfUrl: Scalars['String']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  recommendations: Scalars['Int']['output'];
  /** draft, approved or published */
  state: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type AnswerPointInputGql = {
  commitmentDue?: InputMaybe<Scalars['String']['input']>;
  commitmentOwner?: InputMaybe<Scalars['String']['input']>;
  pointId: Scalars['ID']['input'];
  reasons?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<Scalars['String']['input']>;
  studyUntil?: InputMaybe<Scalars['String']['input']>;
  verdict: AnswerVerdict;
};

export type AnswerPointView = {
  commitmentDue: Maybe<Scalars['String']['output']>;
  commitmentOwner: Maybe<Scalars['String']['output']>;
  pointNumber: Scalars['Int']['output'];
  reasons: Maybe<Scalars['String']['output']>;
  scope: Maybe<Scalars['String']['output']>;
  studyUntil: Maybe<Scalars['String']['output']>;
  verdict: AnswerVerdict;
};

export type AnswerVerdict =
  | 'ACCEPTED'
  | 'NEEDS_STUDY'
  | 'PARTLY_ACCEPTED'
  | 'REJECTED';

export type AnswerView = {
  id: Scalars['ID']['output'];
  points: Array<AnswerPointView>;
  signedAt: Maybe<Scalars['DateTime']['output']>;
  signedByName: Maybe<Scalars['String']['output']>;
  /** draft or signed */
  state: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type Application = {
  /** The seat this reserve entry filled; null while unused. */
  appointedMembershipId: Maybe<Scalars['ID']['output']>;
  averageScore: Maybe<Scalars['Float']['output']>;
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['output'];
  citizen: Scalars['Boolean']['output'];
  competitionId: Scalars['ID']['output'];
  convictionDeclared: Scalars['Boolean']['output'];
  criminalRecordCertificate: Scalars['Boolean']['output'];
  /** Why the decision went this way, in the caller’s language. */
  decisionReasons: Maybe<Scalars['String']['output']>;
  /** Documents handed in, by name. */
  documents: Array<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isWorkingGroupMember: Scalars['Boolean']['output'];
  mentalHealthCertificate: Scalars['Boolean']['output'];
  nominatingOrgBin: Maybe<Scalars['String']['output']>;
  nominatingOrgName: Maybe<Scalars['String']['output']>;
  rank: Maybe<Scalars['Int']['output']>;
  refusalReasons: Array<RefusalReason>;
  reservePosition: Maybe<Scalars['Int']['output']>;
  residesInJurisdiction: Scalars['Boolean']['output'];
  scores: Array<Score>;
  selfNominated: Scalars['Boolean']['output'];
  status: ApplicationStatus;
};

export type ApplicationStatus =
  | 'ADMITTED'
  | 'NOT_SELECTED'
  | 'REFUSED'
  | 'RESERVE'
  | 'SELECTED'
  | 'SHORTLISTED'
  | 'SUBMITTED';

export type AppointMemberInput = {
  categoryId: Scalars['ID']['input'];
  convocationId: Scalars['ID']['input'];
  /** 12 digits; spaces are ignored. */
  nominatingOrgBin?: InputMaybe<Scalars['String']['input']>;
  nominatingOrgName?: InputMaybe<Scalars['String']['input']>;
  person?: InputMaybe<PersonInput>;
  /** Someone who already sat on this council; otherwise give `person`. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** CHAIR is refused: the chair is elected (electChair). */
  role: MemberRole;
  selectionMethod: SelectionMethod;
  /** YYYY-MM-DD, within the convocation */
  startsOn: Scalars['String']['input'];
};

export type ApproveMinutesInput = {
  minutesId: Scalars['ID']['input'];
  /** The adopted decision of a later meeting, when the rule set says minutes are approved by a vote. */
  motionId?: InputMaybe<Scalars['ID']['input']>;
};

export type AssessInput = {
  adequate: Scalars['Boolean']['input'];
  obligationId: Scalars['ID']['input'];
};

export type AttachDissentInput = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  minutesId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

/** A member’s attendance; `status` is null until the secretary records it. */
export type AttendanceRecord = {
  absenceReason: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  role: Scalars['String']['output'];
  status: Maybe<AttendanceStatus>;
};

export type AttendanceStatus =
  | 'ABSENT'
  | 'IN_PERSON'
  | 'REMOTE';

export type BodyName = {
  id: Scalars['ID']['output'];
  name: LocalizedText;
};

/** A state body, as a meeting refers to it. */
export type BodyRef = {
  id: Scalars['ID']['output'];
  name: LocalizedText;
};

export type BodyResponseView = {
  answeredOnTime: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  onTimeRate: Maybe<Scalars['Float']['output']>;
  total: Scalars['Int']['output'];
};

export type CancelMeetingInput = {
  meetingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type CastVoteInput = {
  choice: VoteChoice;
  motionId: Scalars['ID']['input'];
};

export type ChangeMemberCategoryInput = {
  categoryId: Scalars['ID']['input'];
  /** YYYY-MM-DD, first day in the new category */
  effectiveOn: Scalars['String']['input'];
  membershipId: Scalars['ID']['input'];
  nominatingOrgBin?: InputMaybe<Scalars['String']['input']>;
  /** The nominating organisation in the new category (none when omitted). */
  nominatingOrgName?: InputMaybe<Scalars['String']['input']>;
};

export type CommitmentReportInput = {
  commitmentId: Scalars['ID']['input'];
  /** True: the commitment is done (evidence required). */
  done: Scalars['Boolean']['input'];
  evidence?: Array<EvidenceInput>;
  text: Scalars['String']['input'];
};

export type CommitmentState =
  | 'DISPUTED'
  | 'DONE'
  | 'OPEN';

export type CommitmentUpdateKind =
  | 'DISPUTE'
  | 'DONE'
  | 'PROGRESS'
  | 'REOPENED';

export type CommitmentUpdateView = {
  authorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  evidence: Array<EvidenceView>;
  kind: CommitmentUpdateKind;
  text: Scalars['String']['output'];
};

/** What a body promised on an accepted point, tracked to execution. */
export type CommitmentView = {
  doneOn: Maybe<Scalars['String']['output']>;
  due: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Not done and past its due date. */
  overdue: Scalars['Boolean']['output'];
  owner: Scalars['String']['output'];
  pointNumber: Scalars['Int']['output'];
  state: CommitmentState;
  title: Scalars['String']['output'];
  updates: Array<CommitmentUpdateView>;
};

export type Competition = {
  applications: Array<Application>;
  callText: LocalizedText;
  /** YYYY-MM-DD */
  closesOn: Scalars['String']['output'];
  convocationId: Scalars['ID']['output'];
  councilId: Scalars['ID']['output'];
  criteria: Array<LocalizedText>;
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  opensOn: Scalars['String']['output'];
  seats: Scalars['Int']['output'];
  state: CompetitionState;
  workingGroup: Array<WorkingGroupMember>;
  /** The working group against its own state-share rule (empty without members). */
  workingGroupCheck: Array<RuleCheck>;
};

/** draft → open → closed → decided → published */
export type CompetitionState =
  | 'CLOSED'
  | 'DECIDED'
  | 'DRAFT'
  | 'OPEN'
  | 'PUBLISHED';

/** A council’s composition on a date, checked against the rules in force that day. */
export type Composition = {
  convocation: Maybe<Convocation>;
  councilId: Scalars['ID']['output'];
  /** Null when no population reference covers the council. */
  demographicGap: Maybe<DemographicGap>;
  evaluation: Array<RuleCheck>;
  independenceIndex: IndependenceIndex;
  /** Everyone seated on the date, the secretary included (never counted). */
  members: Array<Membership>;
  /** YYYY-MM-DD */
  onDate: Scalars['String']['output'];
  /** Null without a convocation or a renewal rule. */
  renewal: Maybe<Renewal>;
  ruleSet: RuleSetRef;
};

/** What a composition change did, and what still needs attention (nothing made worse by it). */
export type CompositionChange = {
  /** Rows this change ended (continued by new rows). */
  ended: Array<Membership>;
  membership: Membership;
  /** Rules still broken after the change (soft ones, and hard ones it did not worsen). */
  warnings: Array<RuleCheck>;
};

export type CompositionChangeView = {
  /** joined or left */
  change: Scalars['String']['output'];
  name: Scalars['String']['output'];
  on: Scalars['String']['output'];
  reason: Maybe<Scalars['String']['output']>;
};

/** A declared conflict of interest: public, and it recuses the member from votes on the item. */
export type ConflictDeclaration = {
  declaredAt: Scalars['DateTime']['output'];
  fullName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

export type Convocation = {
  councilId: Scalars['ID']['output'];
  /** YYYY-MM-DD, first day after the term */
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  /** YYYY-MM-DD, first day of the term */
  startsOn: Scalars['String']['output'];
  status: ConvocationStatus;
};

export type ConvocationStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'FORMING';

export type CorrectResultInput = {
  abstain: Scalars['Int']['input'];
  against: Scalars['Int']['input'];
  for: Scalars['Int']['input'];
  motionId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type Council = {
  createdAt: Scalars['DateTime']['output'];
  hostBody: StateBody;
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  level: CouncilLevel;
  name: LocalizedText;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  slug: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type CouncilFilter = {
  /** The host state body. */
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  /** A jurisdiction by its code, with every jurisdiction under it: an oblast includes its districts and cities. */
  jurisdictionCode?: InputMaybe<Scalars['String']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<CouncilLevel>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type CouncilLevel =
  | 'LOCAL'
  | 'QUASI_PUBLIC'
  | 'REPUBLICAN';

export type CouncilPage = {
  items: Array<Council>;
  total: Scalars['Int']['output'];
};

export type CountView = {
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

export type CreateCompetitionInput = {
  callText: LocalizedTextInput;
  /** YYYY-MM-DD, the day age is counted on */
  closesOn: Scalars['String']['input'];
  /** The convocation whose seats the competition fills. */
  convocationId: Scalars['ID']['input'];
  councilId: Scalars['ID']['input'];
  criteria: Array<LocalizedTextInput>;
  /** YYYY-MM-DD */
  opensOn: Scalars['String']['input'];
  seats: Scalars['Int']['input'];
};

export type CreateCouncilInput = {
  hostBodyId: Scalars['ID']['input'];
  level: CouncilLevel;
  name: LocalizedTextInput;
  slug: Scalars['String']['input'];
};

export type CreateMeetingInput = {
  councilId: Scalars['ID']['input'];
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  invitees?: InputMaybe<Array<InviteeInput>>;
  livestreamUrl?: InputMaybe<Scalars['String']['input']>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<LocalizedTextInput>;
  startsAt: Scalars['DateTime']['input'];
  type: MeetingType;
};

export type CreateMotionInput = {
  /** A recommendation names its addressee bodies, exactly one of them the lead. */
  addressees?: InputMaybe<Array<AddresseeInput>>;
  itemId: Scalars['ID']['input'];
  kind: MotionKind;
  /** Numbered points, in order. */
  points: Array<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

export type DecideCompetitionInput = {
  competitionId: Scalars['ID']['input'];
  /** Length of the reserve list; everyone scored and not selected when omitted. */
  reserveSize?: InputMaybe<Scalars['Int']['input']>;
};

export type DecideMinutesCorrectionInput = {
  accept: Scalars['Boolean']['input'];
  correctionId: Scalars['ID']['input'];
  /** Required when declining: shown to the proposer. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type DeclareConflictInput = {
  itemId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type DeclineProposalInput = {
  proposalId: Scalars['ID']['input'];
  /** Shown to the proposer. */
  reason: Scalars['String']['input'];
};

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

export type DiffLineView = {
  /** same, added or removed */
  op: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type DisputeInput = {
  commitmentId: Scalars['ID']['input'];
  evidence: Array<EvidenceInput>;
  text: Scalars['String']['input'];
};

export type DraftAnswerInput = {
  obligationId: Scalars['ID']['input'];
  points: Array<AnswerPointInputGql>;
  summary?: Scalars['String']['input'];
};

export type EditMinutesInput = {
  minutesId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  summaries: Array<ItemSummaryInput>;
};

export type ElectChairInput = {
  /** YYYY-MM-DD */
  electedOn: Scalars['String']['input'];
  /** The running membership of the member elected. */
  membershipId: Scalars['ID']['input'];
};

export type EndMembershipInput = {
  /** YYYY-MM-DD, the first day the person is no longer a member */
  endsOn: Scalars['String']['input'];
  membershipId: Scalars['ID']['input'];
  reason: EndReason;
};

/** Grounds of Law 383-V art. 15; CATEGORY_CHANGED and ROLE_CHANGED are written by the system when a row is continued by a new one. */
export type EndReason =
  | 'CATEGORY_CHANGED'
  | 'COURT_DECISION'
  | 'DEATH'
  | 'ELIGIBILITY_LOST'
  | 'ENTERED_STATE_SERVICE'
  | 'HEALTH'
  | 'NOMINATING_ORG_LIQUIDATED'
  | 'OTHER'
  | 'OWN_APPLICATION'
  | 'REPLACED_BY_BODY'
  | 'ROLE_CHANGED'
  | 'TERM_EXPIRED'
  | 'UNEXCUSED_ABSENCES';

export type EvidenceInput = {
  /** A file uploaded to /files/evidence. */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  fileName?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type EvidenceView = {
  fileName: Maybe<Scalars['String']['output']>;
  /** Where to see it. */
  url: Scalars['String']['output'];
};

export type ExtensionInput = {
  grounds: Scalars['String']['input'];
  obligationId: Scalars['ID']['input'];
  workingDays: Scalars['Int']['input'];
};

export type FillVacancyFromReserveInput = {
  /** The entry the caller saw as next; refused when it is no longer next. */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** The seat’s affiliation category. */
  categoryId: Scalars['ID']['input'];
  competitionId: Scalars['ID']['input'];
  gender?: InputMaybe<Gender>;
  isCivilServant?: Scalars['Boolean']['input'];
  /** YYYY-MM-DD, first day on the council */
  startsOn: Scalars['String']['input'];
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type Grant = {
  endsAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  role: Role;
  scopeId: Maybe<Scalars['ID']['output']>;
  scopeKind: GrantScopeKind;
  startsAt: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
};

export type GrantScopeKind =
  | 'council'
  | 'jurisdiction'
  | 'platform'
  | 'stateBody';

export type GroundsInput = {
  grounds: Scalars['String']['input'];
  obligationId: Scalars['ID']['input'];
};

export type HolidayDayInput = {
  date: Scalars['String']['input'];
  name: LocalizedTextInput;
};

export type HolidayYearInput = {
  /** The year is entered in full. */
  confirmed: Scalars['Boolean']['input'];
  /** Moving holidays (Kurban Ait). */
  datedHolidays: Array<HolidayDayInput>;
  /** Days off by Government decree (transfers). */
  extraDaysOff: Array<HolidayDayInput>;
  /** Null: the national calendar. */
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  /** Working days by decree (working Saturdays). */
  workingDays: Array<HolidayDayInput>;
  year: Scalars['Int']['input'];
};

export type HolidayYearView = {
  confirmed: Scalars['Boolean']['output'];
  datedHolidays: Array<Scalars['String']['output']>;
  extraDaysOff: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jurisdictionId: Maybe<Scalars['ID']['output']>;
  workingDays: Array<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** An obligation in a body’s inbox (overdue first, then by due date). */
export type InboxEntry = {
  body: BodyName;
  councilName: LocalizedText;
  councilSlug: Scalars['String']['output'];
  due: Scalars['String']['output'];
  hasDraft: Scalars['Boolean']['output'];
  obligationId: Scalars['ID']['output'];
  overdue: Scalars['Boolean']['output'];
  recommendationId: Scalars['ID']['output'];
  recommendationNumber: Scalars['Int']['output'];
  state: ObligationState;
  title: LocalizedText;
  /** Working days left (negative when overdue). */
  workingDaysLeft: Scalars['Int']['output'];
};

export type IndependenceIndex = {
  civilSociety: Scalars['Int']['output'];
  independentPercent: Scalars['Float']['output'];
  stateLinked: Scalars['Int']['output'];
  stateLinkedPercent: Scalars['Float']['output'];
  /** State-linked share counting supervised seats as state-linked: the honest figure. */
  stateLinkedWithSupervisedPercent: Scalars['Float']['output'];
  /** Civil-society seats supervised by the host body (the Assembly of People seat). */
  supervised: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type InviteUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  /** The council, state body or jurisdiction; none for platform roles. */
  scopeId?: InputMaybe<Scalars['ID']['input']>;
};

export type InviteeInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  kind: InviteeKind;
  name: Scalars['String']['input'];
  stateBodyId?: InputMaybe<Scalars['ID']['input']>;
};

export type InviteeKind =
  | 'EXPERT'
  | 'MEDIA'
  | 'PUBLIC'
  | 'STATE_BODY';

/** A member’s comment on an item (internal to the council). */
export type ItemComment = {
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
};

export type ItemSummaryInput = {
  itemId: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
};

export type Jurisdiction = {
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: JurisdictionKind;
  name: LocalizedText;
  parentId: Maybe<Scalars['ID']['output']>;
};

export type JurisdictionKind =
  | 'CITY_OBLAST'
  | 'CITY_REPUBLICAN'
  | 'DISTRICT'
  | 'OBLAST'
  | 'REPUBLIC'
  | 'RURAL_OKRUG';

export type JurisdictionPage = {
  items: Array<Jurisdiction>;
  total: Scalars['Int']['output'];
};

export type LegalBasisView = {
  actId: Scalars['String']['output'];
  article: Maybe<Scalars['String']['output']>;
  /** C = the act’s wording was read, S = official summary, R = recalled practice. */
  confidence: Scalars['String']['output'];
  paragraph: Maybe<Scalars['String']['output']>;
  subparagraph: Maybe<Scalars['String']['output']>;
  /** As cited next to a result, in the caller’s language, e.g. "Закон 383-V ст. 1 п. 7". */
  text: Scalars['String']['output'];
};

export type LinkMemberAccountInput = {
  personId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type LocalizedText = {
  en: Maybe<Scalars['String']['output']>;
  kk: Maybe<Scalars['String']['output']>;
  ru: Scalars['String']['output'];
};

export type LocalizedTextInput = {
  en?: InputMaybe<Scalars['String']['input']>;
  kk?: InputMaybe<Scalars['String']['input']>;
  ru: Scalars['String']['input'];
};

export type Me = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  grants: Array<Grant>;
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  /** Permissions held through at least one grant (for showing actions). */
  permissions: Array<Scalars['String']['output']>;
};

/** A sitting of a council: notice, agenda, attendance, votes and results. */
export type Meeting = {
  announcedAt: Maybe<Scalars['DateTime']['output']>;
  /** Voting members of the convocation on the meeting’s date, with their attendance. */
  attendance: Array<AttendanceRecord>;
  cancelReason: Maybe<Scalars['String']['output']>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  council: MeetingCouncilRef;
  currentItemId: Maybe<Scalars['ID']['output']>;
  endsAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  invitees: Array<MeetingInvitee>;
  items: Array<AgendaItem>;
  livestreamUrl: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  onlineUrl: Maybe<Scalars['String']['output']>;
  openedAt: Maybe<Scalars['DateTime']['output']>;
  place: Maybe<LocalizedText>;
  /** Quorum now, from the recorded attendance. */
  quorum: QuorumView;
  startsAt: Scalars['DateTime']['output'];
  state: MeetingState;
  type: MeetingType;
};

export type MeetingCouncilRef = {
  id: Scalars['ID']['output'];
  name: LocalizedText;
  slug: Scalars['String']['output'];
};

/** Whether the council keeps its minimum frequency of meetings, and its legal basis. */
export type MeetingFrequency = {
  count: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  required: Scalars['Int']['output'];
  /** ok, due (none yet this period) or behind (the last period fell short). */
  status: Scalars['String']['output'];
};

/** Who is invited besides the members. Addresses are never shown. */
export type MeetingInvitee = {
  id: Scalars['ID']['output'];
  kind: InviteeKind;
  name: Scalars['String']['output'];
  stateBody: Maybe<BodyRef>;
};

/** An invitee with the address the notice goes to (admin only). */
export type MeetingInviteeContact = {
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: InviteeKind;
  name: Scalars['String']['output'];
};

/** A live change to a meeting, with the meeting as it now stands. */
export type MeetingLiveEvent = {
  /** attendance, currentItem, vote, voteOpened, voteClosed, state, agenda, conflict */
  kind: Scalars['String']['output'];
  meeting: Meeting;
};

/** The caller’s own seat in a meeting: whether they vote, and on which items they declared a conflict. */
export type MeetingParticipant = {
  canVote: Scalars['Boolean']['output'];
  conflictItemIds: Array<Scalars['ID']['output']>;
  fullName: Maybe<Scalars['String']['output']>;
  /** The caller’s votes in this meeting. */
  myVotes: Array<MyVote>;
  personId: Maybe<Scalars['ID']['output']>;
};

/** draft → announced → in session → closed (→ minutes); or cancelled */
export type MeetingState =
  | 'ANNOUNCED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'IN_SESSION'
  | 'MINUTES_APPROVED'
  | 'PUBLISHED';

/** A meeting in a list. */
export type MeetingSummary = {
  council: MeetingCouncilRef;
  id: Scalars['ID']['output'];
  itemCount: Scalars['Int']['output'];
  number: Scalars['Int']['output'];
  place: Maybe<LocalizedText>;
  startsAt: Scalars['DateTime']['output'];
  state: MeetingState;
  type: MeetingType;
};

/** regular, extraordinary, public hearing, constituent (first) meeting */
export type MeetingType =
  | 'CONSTITUENT'
  | 'EXTRAORDINARY'
  | 'PUBLIC_HEARING'
  | 'REGULAR';

export type MemberAttendanceView = {
  attended: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  of: Scalars['Int']['output'];
  rate: Scalars['Float']['output'];
};

/** The secretary is staff, not a member: never counted, never votes. */
export type MemberRole =
  | 'CHAIR'
  | 'DEPUTY_CHAIR'
  | 'MEMBER'
  | 'SECRETARY';

export type Membership = {
  category: AffiliationCategory;
  convocationId: Scalars['ID']['output'];
  endReason: Maybe<EndReason>;
  /** YYYY-MM-DD, first day no longer a member */
  endsOn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isVotingMember: Scalars['Boolean']['output'];
  nominatingOrgBin: Maybe<Scalars['String']['output']>;
  nominatingOrgName: Maybe<Scalars['String']['output']>;
  person: Person;
  /** The row this one continues after a change of category or role. */
  previousId: Maybe<Scalars['ID']['output']>;
  role: MemberRole;
  selectionMethod: SelectionMethod;
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['output'];
};

export type MinutesCorrectionView = {
  comment: Maybe<Scalars['String']['output']>;
  declineReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  proposedText: Scalars['String']['output'];
  proposerName: Scalars['String']['output'];
  resultingVersion: Maybe<Scalars['Int']['output']>;
  /** pending, accepted or declined */
  state: Scalars['String']['output'];
};

export type MinutesItemView = {
  itemId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type MinutesSignatureView = {
  method: Scalars['String']['output'];
  role: Scalars['String']['output'];
  signedAt: Scalars['DateTime']['output'];
  signerName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type MinutesVersionView = {
  authorName: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** generated, edit, correction, dissent, publishedCorrection */
  kind: Scalars['String']['output'];
  reason: Maybe<Scalars['String']['output']>;
  sha256: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type MinutesView = {
  approvedBy: Maybe<Scalars['String']['output']>;
  corrections: Array<MinutesCorrectionView>;
  currentVersion: Scalars['Int']['output'];
  /** Changes from the previous version (with a line of context). */
  diffFromPrevious: Array<DiffLineView>;
  dueOn: Scalars['String']['output'];
  firstPublishedVersion: Maybe<Scalars['Int']['output']>;
  htmlUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  items: Array<MinutesItemView>;
  meetingId: Scalars['ID']['output'];
  meetingNumber: Scalars['Int']['output'];
  /** Not published and past the rule set’s publication term. */
  overdue: Scalars['Boolean']['output'];
  pdfUrl: Scalars['String']['output'];
  signatures: Array<MinutesSignatureView>;
  /** draft, approved or published */
  state: Scalars['String']['output'];
  /** The current version as lines of text, in the caller’s language. */
  text: Array<Scalars['String']['output']>;
  versions: Array<MinutesVersionView>;
};

export type ModerateCommentInput = {
  approve: Scalars['Boolean']['input'];
  commentId: Scalars['ID']['input'];
  /** Required to reject. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Motion = {
  addressees: Array<MotionAddressee>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  kind: MotionKind;
  number: Scalars['Int']['output'];
  openedAt: Maybe<Scalars['DateTime']['output']>;
  /** Numbered points, in order. */
  points: Array<Scalars['String']['output']>;
  /** Quorum when the vote opened. */
  quorumAtOpen: Maybe<QuorumView>;
  result: Maybe<MotionResultView>;
  state: MotionState;
  /** Running tally while open; the counted votes once closed. */
  tally: VoteTally;
  text: Scalars['String']['output'];
  votes: Array<RollCallVote>;
};

export type MotionAddressee = {
  lead: Scalars['Boolean']['output'];
  stateBody: BodyRef;
};

export type MotionKind =
  | 'DECISION'
  | 'RECOMMENDATION';

export type MotionResultView = {
  abstain: Scalars['Int']['output'];
  adopted: Scalars['Boolean']['output'];
  against: Scalars['Int']['output'];
  /** How many recorded corrections changed this result. */
  corrections: Scalars['Int']['output'];
  /** The verdict in words, with the legal basis. */
  explanation: Scalars['String']['output'];
  for: Scalars['Int']['output'];
  present: Scalars['Int']['output'];
  recused: Scalars['Int']['output'];
  /** Votes for needed under the council’s rule. */
  required: Scalars['Int']['output'];
  tieBrokenByChair: Scalars['Boolean']['output'];
  totalMembers: Scalars['Int']['output'];
};

/** draft → open (voting) → closed (result recorded) */
export type MotionState =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type MoveAgendaItemInput = {
  itemId: Scalars['ID']['input'];
  /** The new position, 1 = first. */
  position: Scalars['Int']['input'];
};

export type Mutation = {
  /** Puts a proposal on a meeting’s agenda. */
  acceptAgendaProposal: AgendaProposal;
  acceptInvitation: Me;
  /** The body acknowledges receipt (the time is recorded). */
  acknowledgeObligation: RecommendationView;
  addAgendaItem: Meeting;
  /** A comment by a member or the secretary (checked on the item’s council). */
  addItemComment: ItemComment;
  /** Adds a working-group member (draft only); refused with CONFLICT when the state share would exceed the rule. */
  addWorkingGroupMember: Competition;
  /** Admits or refuses by the eligibility rules; the secretary may only add a refusal. */
  admitOrRefuse: Application;
  /** Publishes the notice and agenda and e-mails members and invitees an iCalendar invitation. */
  announceMeeting: AnnounceResult;
  /** Seats a person; refused with CONFLICT when a hard rule would break. */
  appointMember: CompositionChange;
  approveAnnualReport: AnnualReportView;
  /** The chair approves and signs the current version (recording the council’s vote when the rule set asks for one). */
  approveMinutes: MinutesView;
  /** Records the council’s assessment of an answer; inadequate returns it to the body with a new clock. */
  assessAnswer: RecommendationView;
  /** A member attaches a dissenting opinion (one per member and item; a later one replaces it). */
  attachDissent: MinutesView;
  cancelMeeting: Meeting;
  /** Casts or changes the caller’s vote while the vote is open; the same vote twice is one vote. */
  castVote: RollCallVote;
  /** Ends the seat in its old category and continues it in the new one. */
  changeMemberCategory: CompositionChange;
  /** Closes the call; admitted applications go to the shortlist. */
  closeCompetition: Competition;
  /** Closes the sitting (no vote may be open). */
  closeMeeting: Meeting;
  /** Closes the vote and records the result under the council’s rule. */
  closeVote: Meeting;
  /** Corrects a closed result, with a reason; the correction is recorded and public. */
  correctVoteResult: Meeting;
  /** Drafts a competition for the seats of a convocation. */
  createCompetition: Competition;
  createCouncil: Council;
  /** Drafts a meeting; the number is the council’s next. */
  createMeeting: Meeting;
  /** Drafts a motion with numbered points; a recommendation names its addressees (one lead). */
  createMotion: Meeting;
  /** Ranks by average score, selects the seats and lists the reserve, with reasons. */
  decideCompetition: Competition;
  /** The secretary accepts a proposed correction (a new version) or declines it with a reason. */
  decideMinutesCorrection: MinutesView;
  /** Declares a conflict of interest on an item (public; recuses the member). */
  declareConflict: Scalars['Boolean']['output'];
  /** Declines a proposal with a reason the proposer sees. */
  declineAgendaProposal: AgendaProposal;
  /** A council member or the secretary disputes a “done” with evidence; it reopens. */
  disputeCommitment: RecommendationView;
  /** Saves the body’s draft answer, point by point. */
  draftAnswer: RecommendationView;
  /** The secretary edits the discussion summaries: a new version. */
  editMinutes: MinutesView;
  /** Records the election of a chair (not a civil servant); the previous chair continues as a member. */
  electChair: CompositionChange;
  /** Ends a seat (never refused by quotas; what the vacancy breaks comes back as warnings). */
  endMembership: CompositionChange;
  /** Grants a lawful extension in working days, with grounds (before the due date). */
  extendObligation: RecommendationView;
  /** Appoints the next unused entry of a decided competition’s reserve list to a vacant seat, through the composition rules; an entry is used once. */
  fillVacancyFromReserve: ReserveFill;
  /** Generates (or, while a draft, regenerates) the annual report from the record. */
  generateAnnualReport: AnnualReportView;
  /** Generates the draft from the meeting record (or refreshes it, keeping summaries and dissents). */
  generateMinutes: MinutesView;
  /** Invites a person (or gives an existing user) a role on a council, body or area. */
  inviteUser: Grant;
  /** Links a member’s sign-in account to their person on the council, so they can vote. */
  linkMemberAccount: Scalars['Boolean']['output'];
  moderatePublicComment: PublicComment;
  moveAgendaItem: Meeting;
  openCompetition: Competition;
  openConvocation: Convocation;
  /** Opens the sitting. */
  openMeeting: Meeting;
  /** Opens the vote; refused with the legal basis when there is no quorum. */
  openVote: Meeting;
  /** Proposes an item for the council’s agenda. */
  proposeAgendaItem: AgendaProposal;
  /** A member proposes a correction of an item’s summary. */
  proposeMinutesCorrection: MinutesCorrectionView;
  publishAnnualReport: AnnualReportView;
  publishCompetition: Competition;
  /** Shows the council on the public portal. */
  publishCouncil: Council;
  /** Publishes approved and signed minutes; then they are locked. */
  publishMinutes: MinutesView;
  /** Corrects published minutes: a new published version with its reason; the diff is public. */
  publishMinutesCorrection: MinutesView;
  recordAttendance: Meeting;
  /** Redirects to the competent body: the clock restarts there, the history stays. */
  redirectObligation: RecommendationView;
  /** Removes an item that has no motions, documents or comments. */
  removeAgendaItem: Meeting;
  /** Reports progress on a commitment, or that it is done (evidence required). */
  reportOnCommitment: RecommendationView;
  /** The body asks the council for a clarification: the clock stops until the secretary resumes it. */
  requestClarification: RecommendationView;
  /** The body asks for an extension with grounds; the council’s secretary decides. */
  requestExtension: RecommendationView;
  /** Sends a reset link if the address belongs to an account; always answers true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  resetPassword: Scalars['Boolean']['output'];
  /** Resumes a stopped clock; the due date moves by the time it stood still. */
  resumeObligationClock: RecommendationView;
  revokeGrant: Grant;
  revokeSession: Scalars['Boolean']['output'];
  /** A working-group member’s score (0–10); scoring again replaces it. */
  scoreApplication: Score;
  /** Sets the item under discussion; everyone following the meeting sees it. */
  setCurrentItem: Meeting;
  /** Enters a year of the working-day calendar (moving holidays, decreed transfers). */
  setHolidayYear: HolidayYearView;
  /** Enters the adult population by age band and gender as of a date (authorized body or platform admin). */
  setPopulationReference: PopulationReference;
  /** The head signs the draft: it becomes the answer; accepted points become commitments. */
  signAnswer: RecommendationView;
  signIn: Me;
  /** The secretary signs the approved version. */
  signMinutes: MinutesView;
  signOut: Scalars['Boolean']['output'];
  /** Records an application the secretary received. */
  submitApplication: Application;
  updateAgendaItem: Meeting;
  /** Changes time, place, links or invitees; an announced meeting’s invitation is sent again. */
  updateMeeting: Meeting;
  /** Stores the next version of the rules; it applies from its date on, without a deploy. */
  updateRuleSet: RuleSetVersion;
  /** Withdraws a motion not yet put to the vote. */
  withdrawMotion: Scalars['Boolean']['output'];
};


export type MutationAcceptAgendaProposalArgs = {
  input: AcceptProposalInput;
};


export type MutationAcceptInvitationArgs = {
  input: SetPasswordInput;
};


export type MutationAcknowledgeObligationArgs = {
  obligationId: Scalars['ID']['input'];
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAddItemCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddWorkingGroupMemberArgs = {
  input: AddWorkingGroupMemberInput;
};


export type MutationAdmitOrRefuseArgs = {
  input: AdmitOrRefuseInput;
};


export type MutationAnnounceMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAppointMemberArgs = {
  input: AppointMemberInput;
};


export type MutationApproveAnnualReportArgs = {
  councilId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationApproveMinutesArgs = {
  input: ApproveMinutesInput;
};


export type MutationAssessAnswerArgs = {
  input: AssessInput;
};


export type MutationAttachDissentArgs = {
  input: AttachDissentInput;
};


export type MutationCancelMeetingArgs = {
  input: CancelMeetingInput;
};


export type MutationCastVoteArgs = {
  input: CastVoteInput;
};


export type MutationChangeMemberCategoryArgs = {
  input: ChangeMemberCategoryInput;
};


export type MutationCloseCompetitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseVoteArgs = {
  motionId: Scalars['ID']['input'];
};


export type MutationCorrectVoteResultArgs = {
  input: CorrectResultInput;
};


export type MutationCreateCompetitionArgs = {
  input: CreateCompetitionInput;
};


export type MutationCreateCouncilArgs = {
  input: CreateCouncilInput;
};


export type MutationCreateMeetingArgs = {
  input: CreateMeetingInput;
};


export type MutationCreateMotionArgs = {
  input: CreateMotionInput;
};


export type MutationDecideCompetitionArgs = {
  input: DecideCompetitionInput;
};


export type MutationDecideMinutesCorrectionArgs = {
  input: DecideMinutesCorrectionInput;
};


export type MutationDeclareConflictArgs = {
  input: DeclareConflictInput;
};


export type MutationDeclineAgendaProposalArgs = {
  input: DeclineProposalInput;
};


export type MutationDisputeCommitmentArgs = {
  input: DisputeInput;
};


export type MutationDraftAnswerArgs = {
  input: DraftAnswerInput;
};


export type MutationEditMinutesArgs = {
  input: EditMinutesInput;
};


export type MutationElectChairArgs = {
  input: ElectChairInput;
};


export type MutationEndMembershipArgs = {
  input: EndMembershipInput;
};


export type MutationExtendObligationArgs = {
  input: ExtensionInput;
};


export type MutationFillVacancyFromReserveArgs = {
  input: FillVacancyFromReserveInput;
};


export type MutationGenerateAnnualReportArgs = {
  councilId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationGenerateMinutesArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLinkMemberAccountArgs = {
  councilId: Scalars['ID']['input'];
  input: LinkMemberAccountInput;
};


export type MutationModeratePublicCommentArgs = {
  input: ModerateCommentInput;
};


export type MutationMoveAgendaItemArgs = {
  input: MoveAgendaItemInput;
};


export type MutationOpenCompetitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenConvocationArgs = {
  input: OpenConvocationInput;
};


export type MutationOpenMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenVoteArgs = {
  motionId: Scalars['ID']['input'];
};


export type MutationProposeAgendaItemArgs = {
  input: ProposeAgendaItemInput;
};


export type MutationProposeMinutesCorrectionArgs = {
  input: ProposeMinutesCorrectionInput;
};


export type MutationPublishAnnualReportArgs = {
  councilId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationPublishCompetitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishCouncilArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishMinutesArgs = {
  minutesId: Scalars['ID']['input'];
};


export type MutationPublishMinutesCorrectionArgs = {
  input: PublishMinutesCorrectionInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRedirectObligationArgs = {
  input: RedirectInput;
};


export type MutationRemoveAgendaItemArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationReportOnCommitmentArgs = {
  input: CommitmentReportInput;
};


export type MutationRequestClarificationArgs = {
  input: GroundsInput;
};


export type MutationRequestExtensionArgs = {
  input: ExtensionInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  input: SetPasswordInput;
};


export type MutationResumeObligationClockArgs = {
  obligationId: Scalars['ID']['input'];
};


export type MutationRevokeGrantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScoreApplicationArgs = {
  input: ScoreApplicationInput;
};


export type MutationSetCurrentItemArgs = {
  input: SetCurrentItemInput;
};


export type MutationSetHolidayYearArgs = {
  input: HolidayYearInput;
};


export type MutationSetPopulationReferenceArgs = {
  input: SetPopulationReferenceInput;
};


export type MutationSignAnswerArgs = {
  obligationId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignMinutesArgs = {
  minutesId: Scalars['ID']['input'];
};


export type MutationSubmitApplicationArgs = {
  input: SubmitApplicationInput;
};


export type MutationUpdateAgendaItemArgs = {
  input: UpdateAgendaItemInput;
};


export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


export type MutationUpdateRuleSetArgs = {
  input: UpdateRuleSetInput;
};


export type MutationWithdrawMotionArgs = {
  motionId: Scalars['ID']['input'];
};

export type MyVote = {
  choice: VoteChoice;
  motionId: Scalars['ID']['output'];
};

/** The result of announcing: the notice given against the rule, and any warning. */
export type NoticeView = {
  explanation: Maybe<Scalars['String']['output']>;
  given: Scalars['Int']['output'];
  required: Scalars['Int']['output'];
  /** ok or short */
  status: Scalars['String']['output'];
};

/** dispatched → received → answered (→ closed or reopened); overdue → escalated */
export type ObligationState =
  | 'ANSWERED'
  | 'CLOSED'
  | 'DISPATCHED'
  | 'ESCALATED'
  | 'OVERDUE'
  | 'RECEIVED'
  | 'REOPENED';

/** A body’s duty to answer a recommendation by a legal deadline, with its trail. */
export type ObligationView = {
  /** The council’s assessment of the answer. */
  adequate: Maybe<Scalars['Boolean']['output']>;
  answeredOn: Maybe<Scalars['String']['output']>;
  /** Signed answers (and, for the body itself, its draft). */
  answers: Array<AnswerView>;
  body: BodyName;
  clockStoppedOn: Maybe<Scalars['String']['output']>;
  commitments: Array<CommitmentView>;
  dispatchedOn: Scalars['String']['output'];
  due: Scalars['String']['output'];
  /** How the due date was computed, step by step, with the legal basis. */
  dueExplanation: Array<Scalars['String']['output']>;
  escalationLevel: Scalars['Int']['output'];
  extendedWorkingDays: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lead: Scalars['Boolean']['output'];
  /** Past due and not answered. */
  overdue: Scalars['Boolean']['output'];
  recommendationId: Scalars['ID']['output'];
  state: ObligationState;
  trail: Array<TrailStep>;
};

export type OpenConvocationInput = {
  councilId: Scalars['ID']['input'];
  /** YYYY-MM-DD, first day after the term; by default the term length of the rule set. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
};

export type PageInput = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** Personal data: admin endpoint only. */
export type Person = {
  /** YYYY-MM-DD */
  birthDate: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  gender: Maybe<Gender>;
  id: Scalars['ID']['output'];
  isCivilServant: Scalars['Boolean']['output'];
};

export type PersonInput = {
  birthDate?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  gender?: InputMaybe<Gender>;
  isCivilServant?: Scalars['Boolean']['input'];
};

export type PopulationBand = {
  /** 18-34, 35-49, 50-64 or 65+ */
  band: Scalars['String']['output'];
  /** Percent of adult residents. */
  percent: Scalars['Float']['output'];
};

export type PopulationBandInput = {
  band: Scalars['String']['input'];
  percent: Scalars['Float']['input'];
};

/** The adult population of a jurisdiction by age band and gender, from official statistics. */
export type PopulationReference = {
  ageBands: Array<PopulationBand>;
  /** YYYY-MM-DD: the date the statistics describe. */
  asOf: Scalars['String']['output'];
  femalePercent: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  jurisdictionId: Scalars['ID']['output'];
  medianAge: Maybe<Scalars['Float']['output']>;
  source: Scalars['String']['output'];
};

export type ProposeAgendaItemInput = {
  category: AgendaItemCategory;
  councilId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type ProposeMinutesCorrectionInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  minutesId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

/** A citizen’s comment on an item open for public input. */
export type PublicComment = {
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  moderationReason: Maybe<Scalars['String']['output']>;
  status: PublicCommentStatus;
};

export type PublicCommentStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type PublishMinutesCorrectionInput = {
  minutesId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  summaries: Array<ItemSummaryInput>;
};

export type Query = {
  /** Categories a council in this jurisdiction may use (its own and those of the jurisdictions above it). */
  affiliationCategories: Array<AffiliationCategory>;
  /** The agenda-proposal queue of a council. */
  agendaProposals: Array<AgendaProposal>;
  annualReport: Maybe<AnnualReportView>;
  competition: Competition;
  /** The council’s competitions for seats, newest first. */
  competitions: Array<Competition>;
  /** Who sits on the council on a date, and the verdict of every composition rule in force that day. */
  composition: Composition;
  council: Council;
  councils: CouncilPage;
  /** The signed-in user, or null. */
  currentUser: Maybe<Me>;
  /** Years of the working-day calendar as entered (national and by jurisdiction). */
  holidayYears: Array<HolidayYearView>;
  /** Members’ discussion of an item (internal). */
  itemComments: Array<ItemComment>;
  jurisdictions: JurisdictionPage;
  meeting: Meeting;
  /** Whether the council meets as often as the rule set asks. */
  meetingFrequency: MeetingFrequency;
  /** Invitees with their addresses (the secretary’s view). */
  meetingInvitees: Array<MeetingInviteeContact>;
  /** A council’s meetings, newest first (at most 100). */
  meetings: Array<MeetingSummary>;
  /** The minutes of a meeting with every version, correction and signature. */
  minutesOfMeeting: MinutesView;
  /** The caller’s own seat in the meeting. */
  myParticipation: MeetingParticipant;
  mySessions: Array<Session>;
  /** The obligations of the caller’s body: overdue first, then by due date. */
  obligationInbox: Array<InboxEntry>;
  /** The recommendation behind an obligation of the caller’s body (drafts included). */
  obligationRecommendation: RecommendationView;
  /** Citizens’ comments waiting for moderation. */
  pendingPublicComments: Array<PublicComment>;
  /** The population figures entered for a jurisdiction, newest first. */
  populationReferences: Array<PopulationReference>;
  /** A recommendation of a council, with every addressee’s clock, trail, answers and commitments. */
  recommendation: RecommendationView;
  /** A council’s recommendations, newest first. */
  recommendations: Array<RecommendationSummary>;
  /** Every version of a jurisdiction’s rules (the national default without one), newest first. */
  ruleSets: Array<RuleSetVersion>;
  stateBodies: StateBodyPage;
  users: UserPage;
};


export type QueryAffiliationCategoriesArgs = {
  jurisdictionId: Scalars['ID']['input'];
};


export type QueryAgendaProposalsArgs = {
  councilId: Scalars['ID']['input'];
  status?: InputMaybe<AgendaProposalStatus>;
};


export type QueryAnnualReportArgs = {
  councilId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryCompetitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompetitionsArgs = {
  councilId: Scalars['ID']['input'];
};


export type QueryCompositionArgs = {
  councilId: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCouncilArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouncilsArgs = {
  filter?: InputMaybe<CouncilFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryItemCommentsArgs = {
  itemId: Scalars['ID']['input'];
};


export type QueryJurisdictionsArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingFrequencyArgs = {
  councilId: Scalars['ID']['input'];
};


export type QueryMeetingInviteesArgs = {
  meetingId: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  councilId: Scalars['ID']['input'];
};


export type QueryMinutesOfMeetingArgs = {
  meetingId: Scalars['ID']['input'];
};


export type QueryMyParticipationArgs = {
  meetingId: Scalars['ID']['input'];
};


export type QueryObligationRecommendationArgs = {
  obligationId: Scalars['ID']['input'];
};


export type QueryPendingPublicCommentsArgs = {
  councilId: Scalars['ID']['input'];
};


export type QueryPopulationReferencesArgs = {
  jurisdictionId: Scalars['ID']['input'];
};


export type QueryRecommendationArgs = {
  councilId: Scalars['ID']['input'];
  number: Scalars['Int']['input'];
};


export type QueryRecommendationsArgs = {
  slug: Scalars['String']['input'];
};


export type QueryRuleSetsArgs = {
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStateBodiesArgs = {
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<PageInput>;
};

/** Quorum: present members against the rule (default ≥ 2/3 of all members), with its legal basis. */
export type QuorumView = {
  /** In the caller’s language, with the legal basis. */
  explanation: Scalars['String']['output'];
  present: Scalars['Int']['output'];
  reached: Scalars['Boolean']['output'];
  required: Scalars['Int']['output'];
  totalMembers: Scalars['Int']['output'];
};

export type RecommendationPointView = {
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type RecommendationSummary = {
  adoptedOn: Scalars['String']['output'];
  answered: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  obligations: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  title: LocalizedText;
};

/** An adopted recommendation and what each addressee owes. */
export type RecommendationView = {
  adoptedOn: Scalars['String']['output'];
  councilId: Scalars['ID']['output'];
  councilName: LocalizedText;
  councilSlug: Scalars['String']['output'];
  /** recommendation or budgetProgramme: which legal term applies */
  documentType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  meetingNumber: Scalars['Int']['output'];
  number: Scalars['Int']['output'];
  obligations: Array<ObligationView>;
  points: Array<RecommendationPointView>;
  text: Scalars['String']['output'];
  title: LocalizedText;
};

export type RecordAttendanceInput = {
  absenceReason?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  status: AttendanceStatus;
};

export type RedirectInput = {
  grounds: Scalars['String']['input'];
  obligationId: Scalars['ID']['input'];
  toBodyId: Scalars['ID']['input'];
};

/** Grounds to refuse admission (383-V art. 10 p. 3). */
export type RefusalGround =
  | 'DOCUMENTS_MISSING'
  | 'ELIGIBILITY_NOT_MET'
  | 'FALSE_INFORMATION';

export type RefusalReason = {
  basis: Maybe<Scalars['String']['output']>;
  ground: RefusalGround;
  /** The rule that failed; null for a refusal by hand. */
  ruleCode: Maybe<Scalars['String']['output']>;
  /** What failed, in the caller’s language, with its legal basis. */
  text: Scalars['String']['output'];
};

/** When the next convocation must start being formed (rule term.renewalLead). */
export type Renewal = {
  basis: LegalBasisView;
  daysUntilStart: Scalars['Int']['output'];
  /** True from startsOn until the term ends */
  due: Scalars['Boolean']['output'];
  /** YYYY-MM-DD: first day after the term */
  endsOn: Scalars['String']['output'];
  /** YYYY-MM-DD: formation of the next convocation starts */
  startsOn: Scalars['String']['output'];
};

/** A vacancy filled from the reserve list. */
export type ReserveFill = {
  application: Application;
  change: CompositionChange;
};

export type Role =
  | 'authorizedBodyOperator'
  | 'councilChair'
  | 'councilMember'
  | 'councilSecretary'
  | 'platformAdmin'
  | 'stateBodyHead'
  | 'stateBodyOfficer'
  | 'workingGroupMember';

/** A member’s roll-call vote (roll-call votes are public). */
export type RollCallVote = {
  choice: VoteChoice;
  fullName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
};

/** One rule checked against a composition, explained in the caller’s language. */
export type RuleCheck = {
  basis: LegalBasisView;
  code: Scalars['String']['output'];
  figures: Array<RuleFigure>;
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  name: Scalars['String']['output'];
  notes: Array<Scalars['String']['output']>;
  remedy: Maybe<Scalars['String']['output']>;
  severity: RuleSeverity;
  /** Members to change for the rule to pass; 0 when it passes. */
  shortfall: Scalars['Int']['output'];
  status: RuleCheckStatus;
};

export type RuleCheckStatus =
  | 'FAIL'
  | 'NOT_APPLICABLE'
  | 'PASS'
  | 'WARNING';

export type RuleFigure = {
  name: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type RuleSetRef = {
  effectiveFrom: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** False when no version was in force on the date and the earliest known one was applied. */
  inForceOnDate: Scalars['Boolean']['output'];
  name: LocalizedText;
  version: Scalars['Int']['output'];
};

export type RuleSetVersion = {
  createdAt: Scalars['DateTime']['output'];
  /** The rules as stored (the shape updateRuleSet takes), for editing. */
  document: Scalars['JSON']['output'];
  effectiveFrom: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null for the national default. */
  jurisdictionId: Maybe<Scalars['ID']['output']>;
  name: LocalizedText;
  rules: Array<RuleView>;
  version: Scalars['Int']['output'];
};

/** A broken hard rule blocks a change; a broken soft rule is a warning. */
export type RuleSeverity =
  | 'HARD'
  | 'SOFT';

export type RuleView = {
  basis: LegalBasisView;
  code: Scalars['String']['output'];
  effectiveFrom: Maybe<Scalars['String']['output']>;
  effectiveTo: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  /** Plain-language name in the caller’s language. */
  name: Scalars['String']['output'];
  severity: RuleSeverity;
  value: Scalars['JSON']['output'];
};

export type Score = {
  applicationId: Scalars['ID']['output'];
  comment: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  scorerId: Scalars['ID']['output'];
  value: Scalars['Int']['output'];
};

export type ScoreApplicationInput = {
  applicationId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The working-group member who gives the score. */
  scorerId: Scalars['ID']['input'];
  value: Scalars['Int']['input'];
};

export type SelectionMethod =
  | 'COMPETITION'
  | 'DESIGNATED_BY_BODY'
  | 'NOMINATION'
  | 'RESERVE_LIST'
  | 'SELF_NOMINATION';

export type Session = {
  createdAt: Scalars['DateTime']['output'];
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastSeenAt: Scalars['DateTime']['output'];
  userAgent: Maybe<Scalars['String']['output']>;
};

export type SetCurrentItemInput = {
  /** Null: no item under discussion. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
};

export type SetPasswordInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type SetPopulationReferenceInput = {
  /** Every age band once; the shares add up to 100 (±0.5). */
  ageBands: Array<PopulationBandInput>;
  /** YYYY-MM-DD: the date the statistics describe. */
  asOf: Scalars['String']['input'];
  femalePercent: Scalars['Float']['input'];
  jurisdictionId: Scalars['ID']['input'];
  medianAge?: InputMaybe<Scalars['Float']['input']>;
  /** Where the figures come from. */
  source: Scalars['String']['input'];
};

export type ShareGap = {
  /** Share on the council among members whose data is known. */
  councilPercent: Maybe<Scalars['Float']['output']>;
  /** Council minus population, in percentage points. */
  gapPoints: Maybe<Scalars['Float']['output']>;
  /** At least 10 percentage points apart. */
  notable: Scalars['Boolean']['output'];
  populationPercent: Scalars['Float']['output'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type StateBody = {
  bin: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jurisdictionId: Scalars['ID']['output'];
  kind: StateBodyKind;
  name: LocalizedText;
  parentId: Maybe<Scalars['ID']['output']>;
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

export type StateBodyPage = {
  items: Array<StateBody>;
  total: Scalars['Int']['output'];
};

export type SubmitApplicationInput = {
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['input'];
  citizen: Scalars['Boolean']['input'];
  competitionId: Scalars['ID']['input'];
  convictionDeclared: Scalars['Boolean']['input'];
  criminalRecordCertificate: Scalars['Boolean']['input'];
  /** The documents handed in, by name (files come later). */
  documents?: InputMaybe<Array<Scalars['String']['input']>>;
  fullName: Scalars['String']['input'];
  /** Also set when the name matches a member of the working group. */
  isWorkingGroupMember?: Scalars['Boolean']['input'];
  mentalHealthCertificate: Scalars['Boolean']['input'];
  /** 12 digits; spaces are ignored. */
  nominatingOrgBin?: InputMaybe<Scalars['String']['input']>;
  nominatingOrgName?: InputMaybe<Scalars['String']['input']>;
  residesInJurisdiction: Scalars['Boolean']['input'];
  selfNominated: Scalars['Boolean']['input'];
};

export type Subscription = {
  /** Attendance, the current item and each vote as it happens. */
  meetingLive: MeetingLiveEvent;
};


export type SubscriptionMeetingLiveArgs = {
  meetingId: Scalars['ID']['input'];
};

/** One step of an obligation’s trail, dated, with who and why. */
export type TrailStep = {
  actorName: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD (legal date) */
  date: Scalars['String']['output'];
  grounds: Maybe<Scalars['String']['output']>;
  /** The step in words, in the caller’s language. */
  text: Scalars['String']['output'];
  /** dispatch, receive, answer, markOverdue, escalate, assess, stopClock, resumeClock, redirect, extend, reminder, overdueNotice, headNotice, supervisorNotice, nextAgenda */
  type: Scalars['String']['output'];
};

export type UpdateAgendaItemInput = {
  category: AgendaItemCategory;
  itemId: Scalars['ID']['input'];
  publicCommentsOpen?: InputMaybe<Scalars['Boolean']['input']>;
  rapporteur?: InputMaybe<Scalars['String']['input']>;
  relatedBodyId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the secretary. */
  source?: InputMaybe<AgendaItemSource>;
  title: LocalizedTextInput;
};

export type UpdateMeetingInput = {
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  invitees?: InputMaybe<Array<InviteeInput>>;
  livestreamUrl?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<LocalizedTextInput>;
  startsAt: Scalars['DateTime']['input'];
  type: MeetingType;
};

export type UpdateRuleSetInput = {
  /** YYYY-MM-DD, today or later: past evaluations never change. */
  effectiveFrom: Scalars['String']['input'];
  /** The jurisdiction the version is for; the national default when omitted. */
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  /** By default the name of the version it follows. */
  name?: InputMaybe<LocalizedTextInput>;
  /** The rules: a list of { code, severity, value, basis, title?, effectiveFrom?, effectiveTo? } (see @kenes/domain Rule). */
  rules: Scalars['JSON']['input'];
};

export type User = {
  displayName: Scalars['String']['output'];
  /** Personal data: visible only to those who manage this user. */
  email: Scalars['String']['output'];
  grants: Array<Grant>;
  id: Scalars['ID']['output'];
  invitationPending: Scalars['Boolean']['output'];
};

export type UserFilter = {
  scopeId?: InputMaybe<Scalars['ID']['input']>;
};

export type UserPage = {
  items: Array<User>;
  total: Scalars['Int']['output'];
};

export type VoteChoice =
  | 'ABSTAIN'
  | 'AGAINST'
  | 'FOR';

export type VoteTally = {
  abstain: Scalars['Int']['output'];
  against: Scalars['Int']['output'];
  for: Scalars['Int']['output'];
  /** Present members recused for a declared conflict of interest. */
  recused: Scalars['Int']['output'];
};

export type WorkingGroupMember = {
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isHead: Scalars['Boolean']['output'];
  stateLinked: Scalars['Boolean']['output'];
};
