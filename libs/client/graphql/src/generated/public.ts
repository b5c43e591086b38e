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
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type ActivityAnswers = {
  late: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ActivityCommitments = {
  executed: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** The legal minimum of meetings and how each period of the year kept it. */
export type ActivityFrequency = {
  basis: LegalBasisView;
  min: Scalars['Int']['output'];
  missed: Scalars['Int']['output'];
  /** quarter or year */
  period: Scalars['String']['output'];
  periods: Array<ActivityPeriod>;
};

export type ActivityMeeting = {
  /** The day in Kazakhstan (ISO). */
  date: Scalars['String']['output'];
  held: Scalars['Boolean']['output'];
  items: Scalars['Int']['output'];
  minutesPublished: Scalars['Boolean']['output'];
  number: Scalars['Int']['output'];
};

export type ActivityPeriod = {
  held: Scalars['Int']['output'];
  /** 1–4 for quarters, 1 for a year. */
  index: Scalars['Int']['output'];
  /** The last day of the period. */
  last: Scalars['String']['output'];
  start: Scalars['String']['output'];
  status: PeriodStatus;
};

export type ActivityQuestion = {
  meetingNumber: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  title: LocalizedText;
};

export type ActivityRecommendation = {
  addressees: Scalars['Int']['output'];
  answered: Scalars['Int']['output'];
  commitments: Scalars['Int']['output'];
  commitmentsExecuted: Scalars['Int']['output'];
  /** The earliest due date of an answer still awaited. */
  nextDue: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  progress: RecommendationProgress;
  title: LocalizedText;
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

export type ApplicationStatus =
  | 'ADMITTED'
  | 'NOT_SELECTED'
  | 'REFUSED'
  | 'RESERVE'
  | 'SELECTED'
  | 'SHORTLISTED'
  | 'SUBMITTED';

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

/** A body’s responsiveness, with the method stated. */
export type BodyFigures = {
  adequacyRate: Maybe<Scalars['Float']['output']>;
  answeredLate: Scalars['Int']['output'];
  answeredOnTime: Scalars['Int']['output'];
  assessed: Scalars['Int']['output'];
  body: BodyName;
  commitments: Scalars['Int']['output'];
  commitmentsExecuted: Scalars['Int']['output'];
  commitmentsOverdue: Scalars['Int']['output'];
  executionRate: Maybe<Scalars['Float']['output']>;
  medianDelayWorkingDays: Maybe<Scalars['Float']['output']>;
  /** How each figure is counted, in the caller’s language. */
  method: Scalars['String']['output'];
  open: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

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

export type CitizenDisputeInput = {
  commitmentId: Scalars['ID']['input'];
  evidence: Array<EvidenceInput>;
  name: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type CitizenProposalInput = {
  /** The council’s slug. */
  councilSlug: Scalars['String']['input'];
  description: Scalars['String']['input'];
  /** For the answer; never published. */
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  title: Scalars['String']['input'];
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

/** What a council did in a year, counted from its published record, for the plain-words page. */
export type CouncilActivityView = {
  /** Whether the annual report of the year is published. */
  annualReportPublished: Scalars['Boolean']['output'];
  answers: ActivityAnswers;
  /** The day the figures were counted on (ISO). */
  asOf: Scalars['String']['output'];
  commitments: ActivityCommitments;
  frequency: Maybe<ActivityFrequency>;
  meetings: Array<ActivityMeeting>;
  meetingsHeld: Scalars['Int']['output'];
  meetingsScheduled: Scalars['Int']['output'];
  minutesPublished: Scalars['Int']['output'];
  questions: Scalars['Int']['output'];
  recommendations: Array<ActivityRecommendation>;
  /** The questions of the meetings held, in order. */
  topics: Array<ActivityQuestion>;
  year: Scalars['Int']['output'];
  /** Years with public activity (meetings or recommendations), newest first. */
  years: Array<Scalars['Int']['output']>;
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

export type CountView = {
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
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

export type FollowInput = {
  /** The state body (kind BODY). */
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  /** The council (kind COUNCIL), or the recommendation’s council (kind RECOMMENDATION). */
  councilSlug?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  kind: FollowKind;
  mode?: FollowMode;
  /** The recommendation’s number in its council (kind RECOMMENDATION). */
  recommendationNumber?: InputMaybe<Scalars['Int']['input']>;
};

export type FollowKind =
  | 'BODY'
  | 'COUNCIL'
  | 'RECOMMENDATION';

/** Each event as it happens, or one letter a week. */
export type FollowMode =
  | 'EVENTS'
  | 'WEEKLY';

export type InviteeKind =
  | 'EXPERT'
  | 'MEDIA'
  | 'PUBLIC'
  | 'STATE_BODY';

export type JurisdictionKind =
  | 'CITY_OBLAST'
  | 'CITY_REPUBLICAN'
  | 'DISTRICT'
  | 'OBLAST'
  | 'REPUBLIC'
  | 'RURAL_OKRUG';

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

export type LocalizedText = {
  en: Maybe<Scalars['String']['output']>;
  kk: Maybe<Scalars['String']['output']>;
  ru: Scalars['String']['output'];
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

/** Who is invited besides the members. Addresses are never shown. */
export type MeetingInvitee = {
  id: Scalars['ID']['output'];
  kind: InviteeKind;
  name: Scalars['String']['output'];
  stateBody: Maybe<BodyRef>;
};

/** A live change to a meeting, with the meeting as it now stands. */
export type MeetingLiveEvent = {
  /** attendance, currentItem, vote, voteOpened, voteClosed, state, agenda, conflict */
  kind: Scalars['String']['output'];
  meeting: Meeting;
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

export type MinutesSignatureView = {
  method: Scalars['String']['output'];
  role: Scalars['String']['output'];
  signedAt: Scalars['DateTime']['output'];
  signerName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
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

export type Mutation = {
  /** A citizen disputes a commitment marked done, with evidence (a link); it reopens. */
  disputeCommitmentAsCitizen: Scalars['Boolean']['output'];
  /** Asks to follow a council, a state body or a recommendation by e-mail; a confirmation link is sent first (double opt-in). */
  followRecord: Scalars['Boolean']['output'];
  /** A citizen proposes an item for a council’s agenda; the answer goes to the e-mail given. */
  proposeAgendaItemAsCitizen: Scalars['Boolean']['output'];
  /** A citizen’s comment on an item open for public input; shown after moderation. */
  submitPublicComment: PublicComment;
};


export type MutationDisputeCommitmentAsCitizenArgs = {
  input: CitizenDisputeInput;
};


export type MutationFollowRecordArgs = {
  input: FollowInput;
};


export type MutationProposeAgendaItemAsCitizenArgs = {
  input: CitizenProposalInput;
};


export type MutationSubmitPublicCommentArgs = {
  input: PublicCommentInput;
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

export type PageInput = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** met: enough meetings; missed: ended with too few; open: under way with too few; future: not begun. */
export type PeriodStatus =
  | 'FUTURE'
  | 'MET'
  | 'MISSED'
  | 'OPEN';

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

export type PublicCommentInput = {
  body: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type PublicCommentStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

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

/** A published council in a few words, for lists of every council (pickers). */
export type PublicCouncilDirectoryEntry = {
  jurisdiction: PublicJurisdiction;
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

/** A jurisdiction of the national index of councils, with how many published councils are in it and under it. */
export type PublicJurisdictionFacet = {
  code: Scalars['String']['output'];
  /** Published councils in this jurisdiction and in the jurisdictions under it. */
  councils: Scalars['Int']['output'];
  /** 0 for the republic, 1 for an oblast or a city of republican significance, 2 for their districts and cities. */
  depth: Scalars['Int']['output'];
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

export type PublicMinutes = {
  councilSlug: Scalars['String']['output'];
  htmlUrl: Scalars['String']['output'];
  meetingNumber: Scalars['Int']['output'];
  pdfUrl: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  signatures: Array<MinutesSignatureView>;
  /** Every published version, oldest first; the last is in force. */
  versions: Array<PublicMinutesVersion>;
};

export type PublicMinutesVersion = {
  createdAt: Scalars['DateTime']['output'];
  /** Changes from the previous published version; empty for the first. */
  diff: Array<DiffLineView>;
  /** Why a published correction was made. */
  reason: Maybe<Scalars['String']['output']>;
  text: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
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

/** A state body that hosts published councils, with how many. */
export type PublicStateBodyFacet = {
  councils: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  jurisdiction: PublicJurisdiction;
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
  /** Every published council in a few words (slug, name, jurisdiction), in index order: for pickers. Not paged: one short row per council. */
  councilDirectory: Array<PublicCouncilDirectoryEntry>;
  /** The state bodies that host published councils, in index order, with their counts. */
  councilHostBodies: Array<PublicStateBodyFacet>;
  /** The jurisdictions that have published councils, in index order, with their counts. */
  councilJurisdictions: Array<PublicJurisdictionFacet>;
  /** Published councils in the order of the national index: by jurisdiction (the republic, then each oblast or city of republican significance followed by its districts and cities, by name), then host state body, then name. */
  councils: PublicCouncilPage;
  jurisdictions: Array<PublicJurisdiction>;
  /** A council’s published annual report. */
  publicAnnualReport: AnnualReportView;
  /** Approved citizens’ comments on an item. */
  publicComments: Array<PublicComment>;
  /** What a published council did in a year, counted from its public record, for the plain-words page. */
  publicCouncilActivity: CouncilActivityView;
  /** A meeting of a published council by its number. */
  publicMeeting: Meeting;
  /** A published council’s meetings, newest first (drafts never appear). */
  publicMeetings: Array<MeetingSummary>;
  /** Published minutes of a meeting: every published version with the diff from the one before. */
  publicMinutes: PublicMinutes;
  /** A recommendation: the clock of each addressee with how it was computed, every step of the trail, signed answers and commitments. */
  publicRecommendation: RecommendationView;
  publicRecommendations: Array<RecommendationSummary>;
  /** Searches agenda items, decisions and recommendations of published councils (Russian with stemming, Kazakh as written), best matches first. */
  searchRecord: SearchResults;
  /** A state body’s responsiveness: open, on time, late, overdue, median delay, adequacy, execution — with the method. */
  stateBodyFigures: BodyFigures;
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


export type QueryCouncilHostBodiesArgs = {
  jurisdictionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCouncilsArgs = {
  filter?: InputMaybe<CouncilFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryJurisdictionsArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryPublicAnnualReportArgs = {
  slug: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type QueryPublicCommentsArgs = {
  itemId: Scalars['ID']['input'];
};


export type QueryPublicCouncilActivityArgs = {
  slug: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicMeetingArgs = {
  number: Scalars['Int']['input'];
  slug: Scalars['String']['input'];
};


export type QueryPublicMeetingsArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicMinutesArgs = {
  number: Scalars['Int']['input'];
  slug: Scalars['String']['input'];
};


export type QueryPublicRecommendationArgs = {
  number: Scalars['Int']['input'];
  slug: Scalars['String']['input'];
};


export type QueryPublicRecommendationsArgs = {
  slug: Scalars['String']['input'];
};


export type QuerySearchRecordArgs = {
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  councilSlug?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStateBodyFiguresArgs = {
  bodyId: Scalars['ID']['input'];
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

/** Where a recommendation stands with its addressees, the worst state first. */
export type RecommendationProgress =
  | 'ANSWERED_LATE'
  | 'ANSWERED_ON_TIME'
  | 'NO_ADDRESSEE'
  | 'OVERDUE'
  | 'WAITING';

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

/** A member’s roll-call vote (roll-call votes are public). */
export type RollCallVote = {
  choice: VoteChoice;
  fullName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
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

export type SearchHit = {
  councilName: LocalizedText;
  councilSlug: Scalars['String']['output'];
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: SearchKind;
  meetingNumber: Maybe<Scalars['Int']['output']>;
  /** The portal page, without the language prefix (e.g. /councils/kokshetau/meetings/2). */
  path: Scalars['String']['output'];
  recommendationNumber: Maybe<Scalars['Int']['output']>;
  /** Where the words were found, with the matches marked (plain text, never HTML). */
  snippet: Array<SnippetPart>;
  title: Scalars['String']['output'];
};

/** What a search hit is: an agenda item, a decision (a motion put to the vote) or a recommendation. */
export type SearchKind =
  | 'AGENDA_ITEM'
  | 'DECISION'
  | 'RECOMMENDATION';

export type SearchResults = {
  hits: Array<SearchHit>;
  total: Scalars['Int']['output'];
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

/** A piece of a snippet; `match` marks the words that matched. */
export type SnippetPart = {
  match: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
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

export type Subscription = {
  /** The meeting as it changes: attendance, the current item, each vote. */
  publicMeetingLive: MeetingLiveEvent;
};


export type SubscriptionPublicMeetingLiveArgs = {
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

export type PublicCouncilActivityQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PublicCouncilActivityQuery = { council: { slug: string, name: { kk: string | null, ru: string, en: string | null } } | null, composition: { independenceIndex: { total: number, civilSociety: number, stateLinked: number }, evaluation: Array<{ code: string, status: RuleCheckStatus, message: string }> } | null, publicCouncilActivity: { year: number, years: Array<number>, asOf: string, meetingsHeld: number, meetingsScheduled: number, questions: number, minutesPublished: number, annualReportPublished: boolean, frequency: { period: string, min: number, missed: number, periods: Array<{ index: number, start: string, last: string, held: number, status: PeriodStatus }>, basis: { text: string } } | null, meetings: Array<{ number: number, date: string, held: boolean, items: number, minutesPublished: boolean }>, topics: Array<{ meetingNumber: number, position: number, title: { kk: string | null, ru: string, en: string | null } }>, recommendations: Array<{ number: number, progress: RecommendationProgress, addressees: number, answered: number, nextDue: string | null, commitments: number, commitmentsExecuted: number, title: { kk: string | null, ru: string, en: string | null } }>, answers: { total: number, onTime: number, late: number, overdue: number, open: number }, commitments: { total: number, executed: number, overdue: number } } };

export type PublicCouncilIndexQueryVariables = Exact<{
  filter?: InputMaybe<CouncilFilter>;
  page?: InputMaybe<PageInput>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicCouncilIndexQuery = { councils: { total: number, items: Array<{ slug: string, level: CouncilLevel, name: { kk: string | null, ru: string, en: string | null }, jurisdiction: { code: string, name: { kk: string | null, ru: string, en: string | null } }, hostBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } }> }, councilJurisdictions: Array<{ code: string, depth: number, councils: number, name: { kk: string | null, ru: string, en: string | null } }>, councilHostBodies: Array<{ id: string, councils: number, name: { kk: string | null, ru: string, en: string | null }, jurisdiction: { code: string, name: { kk: string | null, ru: string, en: string | null } } }> };

export type PublicCouncilDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicCouncilDirectoryQuery = { councilDirectory: Array<{ slug: string, name: { kk: string | null, ru: string, en: string | null }, jurisdiction: { code: string, name: { kk: string | null, ru: string, en: string | null } } }> };

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

export type FollowRecordMutationVariables = Exact<{
  input: FollowInput;
}>;


export type FollowRecordMutation = { followRecord: boolean };

export type PublicMeetingsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicMeetingsQuery = { publicMeetings: Array<{ id: string, number: number, type: MeetingType, state: MeetingState, startsAt: string, itemCount: number, place: { kk: string | null, ru: string, en: string | null } | null }> };

export type PublicMeetingViewFragment = { id: string, number: number, type: MeetingType, state: MeetingState, startsAt: string, endsAt: string | null, openedAt: string | null, closedAt: string | null, cancelReason: string | null, onlineUrl: string | null, livestreamUrl: string | null, currentItemId: string | null, place: { kk: string | null, ru: string, en: string | null } | null, council: { slug: string, name: { kk: string | null, ru: string, en: string | null } }, invitees: Array<{ id: string, kind: InviteeKind, name: string, stateBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } | null }>, quorum: { present: number, totalMembers: number, required: number, reached: boolean, explanation: string }, attendance: Array<{ personId: string, fullName: string, role: string, status: AttendanceStatus | null, absenceReason: string | null }>, items: Array<{ id: string, position: number, category: AgendaItemCategory, source: AgendaItemSource, rapporteur: string | null, publicCommentsOpen: boolean, title: { kk: string | null, ru: string, en: string | null }, relatedBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } | null, documents: Array<{ id: string, fileName: string, mediaType: string, sizeBytes: number, url: string }>, conflicts: Array<{ personId: string, fullName: string, reason: string }>, motions: Array<{ id: string, number: number, kind: MotionKind, state: MotionState, text: string, points: Array<string>, addressees: Array<{ lead: boolean, stateBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } }>, tally: { for: number, against: number, abstain: number, recused: number }, result: { adopted: boolean, explanation: string, for: number, against: number, abstain: number, recused: number, required: number, present: number, tieBrokenByChair: boolean, corrections: number } | null, votes: Array<{ personId: string, fullName: string, choice: VoteChoice }> }> }> };

export type PublicMeetingQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  number: Scalars['Int']['input'];
}>;


export type PublicMeetingQuery = { publicMeeting: { id: string, number: number, type: MeetingType, state: MeetingState, startsAt: string, endsAt: string | null, openedAt: string | null, closedAt: string | null, cancelReason: string | null, onlineUrl: string | null, livestreamUrl: string | null, currentItemId: string | null, place: { kk: string | null, ru: string, en: string | null } | null, council: { slug: string, name: { kk: string | null, ru: string, en: string | null } }, invitees: Array<{ id: string, kind: InviteeKind, name: string, stateBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } | null }>, quorum: { present: number, totalMembers: number, required: number, reached: boolean, explanation: string }, attendance: Array<{ personId: string, fullName: string, role: string, status: AttendanceStatus | null, absenceReason: string | null }>, items: Array<{ id: string, position: number, category: AgendaItemCategory, source: AgendaItemSource, rapporteur: string | null, publicCommentsOpen: boolean, title: { kk: string | null, ru: string, en: string | null }, relatedBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } | null, documents: Array<{ id: string, fileName: string, mediaType: string, sizeBytes: number, url: string }>, conflicts: Array<{ personId: string, fullName: string, reason: string }>, motions: Array<{ id: string, number: number, kind: MotionKind, state: MotionState, text: string, points: Array<string>, addressees: Array<{ lead: boolean, stateBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } }>, tally: { for: number, against: number, abstain: number, recused: number }, result: { adopted: boolean, explanation: string, for: number, against: number, abstain: number, recused: number, required: number, present: number, tieBrokenByChair: boolean, corrections: number } | null, votes: Array<{ personId: string, fullName: string, choice: VoteChoice }> }> }> } };

export type PublicMeetingLiveSubscriptionVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type PublicMeetingLiveSubscription = { publicMeetingLive: { kind: string, meeting: { id: string, number: number, type: MeetingType, state: MeetingState, startsAt: string, endsAt: string | null, openedAt: string | null, closedAt: string | null, cancelReason: string | null, onlineUrl: string | null, livestreamUrl: string | null, currentItemId: string | null, place: { kk: string | null, ru: string, en: string | null } | null, council: { slug: string, name: { kk: string | null, ru: string, en: string | null } }, invitees: Array<{ id: string, kind: InviteeKind, name: string, stateBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } | null }>, quorum: { present: number, totalMembers: number, required: number, reached: boolean, explanation: string }, attendance: Array<{ personId: string, fullName: string, role: string, status: AttendanceStatus | null, absenceReason: string | null }>, items: Array<{ id: string, position: number, category: AgendaItemCategory, source: AgendaItemSource, rapporteur: string | null, publicCommentsOpen: boolean, title: { kk: string | null, ru: string, en: string | null }, relatedBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } | null, documents: Array<{ id: string, fileName: string, mediaType: string, sizeBytes: number, url: string }>, conflicts: Array<{ personId: string, fullName: string, reason: string }>, motions: Array<{ id: string, number: number, kind: MotionKind, state: MotionState, text: string, points: Array<string>, addressees: Array<{ lead: boolean, stateBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } }>, tally: { for: number, against: number, abstain: number, recused: number }, result: { adopted: boolean, explanation: string, for: number, against: number, abstain: number, recused: number, required: number, present: number, tieBrokenByChair: boolean, corrections: number } | null, votes: Array<{ personId: string, fullName: string, choice: VoteChoice }> }> }> } } };

export type PublicCommentsQueryVariables = Exact<{
  itemId: Scalars['ID']['input'];
}>;


export type PublicCommentsQuery = { publicComments: Array<{ id: string, authorName: string, body: string, createdAt: string }> };

export type SubmitPublicCommentMutationVariables = Exact<{
  input: PublicCommentInput;
}>;


export type SubmitPublicCommentMutation = { submitPublicComment: { id: string, status: PublicCommentStatus } };

export type ProposeAgendaItemAsCitizenMutationVariables = Exact<{
  input: CitizenProposalInput;
}>;


export type ProposeAgendaItemAsCitizenMutation = { proposeAgendaItemAsCitizen: boolean };

export type PublicMinutesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  number: Scalars['Int']['input'];
}>;


export type PublicMinutesQuery = { council: { name: { kk: string | null, ru: string, en: string | null } } | null, publicMinutes: { councilSlug: string, meetingNumber: number, publishedAt: string, pdfUrl: string, htmlUrl: string, signatures: Array<{ role: string, signerName: string, signedAt: string, version: number }>, versions: Array<{ version: number, reason: string | null, createdAt: string, text: Array<string>, diff: Array<{ op: string, text: string }> }> } };

export type PublicAnnualReportQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  year: Scalars['Int']['input'];
}>;


export type PublicAnnualReportQuery = { council: { name: { kk: string | null, ru: string, en: string | null } } | null, publicAnnualReport: { year: number, meetingsHeld: number, meetingsRequired: number | null, meetingsMinimumMet: boolean | null, items: number, recommendations: number, onTimeRate: number | null, commitments: number, commitmentsExecuted: number, executionRate: number | null, approvedByName: string | null, publishedAt: string | null, pdfUrl: string, attendance: Array<{ name: string, attended: number, of: number, rate: number }>, itemsByCategory: Array<{ key: string, count: number }>, itemsBySource: Array<{ key: string, count: number }>, bodies: Array<{ name: string, total: number, answeredOnTime: number, onTimeRate: number | null }>, compositionChanges: Array<{ name: string, change: string, on: string, reason: string | null }> } };

export type PublicRecommendationsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicRecommendationsQuery = { publicRecommendations: Array<{ id: string, number: number, adoptedOn: string, obligations: number, answered: number, overdue: number, title: { kk: string | null, ru: string, en: string | null } }> };

export type PublicRecommendationQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  number: Scalars['Int']['input'];
}>;


export type PublicRecommendationQuery = { publicRecommendation: { id: string, number: number, adoptedOn: string, documentType: string, meetingNumber: number, councilSlug: string, text: string, councilName: { kk: string | null, ru: string, en: string | null }, title: { kk: string | null, ru: string, en: string | null }, points: Array<{ id: string, number: number, text: string }>, obligations: Array<{ id: string, lead: boolean, state: ObligationState, due: string, dispatchedOn: string, answeredOn: string | null, clockStoppedOn: string | null, escalationLevel: number, extendedWorkingDays: number, adequate: boolean | null, overdue: boolean, dueExplanation: Array<string>, body: { id: string, name: { kk: string | null, ru: string, en: string | null } }, trail: Array<{ type: string, date: string, text: string, grounds: string | null, actorName: string | null }>, answers: Array<{ id: string, version: number, summary: string, signedByName: string | null, signedAt: string | null, points: Array<{ pointNumber: number, verdict: AnswerVerdict, scope: string | null, reasons: string | null, studyUntil: string | null, commitmentOwner: string | null, commitmentDue: string | null }> }>, commitments: Array<{ id: string, pointNumber: number, title: string, owner: string, due: string, state: CommitmentState, doneOn: string | null, overdue: boolean, updates: Array<{ kind: CommitmentUpdateKind, text: string, authorName: string, createdAt: string, evidence: Array<{ url: string, fileName: string | null }> }> }> }> } };

export type StateBodyFiguresQueryVariables = Exact<{
  bodyId: Scalars['ID']['input'];
}>;


export type StateBodyFiguresQuery = { stateBodyFigures: { total: number, open: number, answeredOnTime: number, answeredLate: number, overdue: number, medianDelayWorkingDays: number | null, adequacyRate: number | null, assessed: number, commitments: number, commitmentsExecuted: number, commitmentsOverdue: number, executionRate: number | null, method: string, body: { id: string, name: { kk: string | null, ru: string, en: string | null } } } };

export type DisputeCommitmentAsCitizenMutationVariables = Exact<{
  input: CitizenDisputeInput;
}>;


export type DisputeCommitmentAsCitizenMutation = { disputeCommitmentAsCitizen: boolean };

export type PublicSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  councilSlug?: InputMaybe<Scalars['String']['input']>;
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<SearchKind> | SearchKind>;
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type PublicSearchQuery = { searchRecord: { total: number, hits: Array<{ id: string, kind: SearchKind, title: string, date: string, path: string, councilSlug: string, councilName: { kk: string | null, ru: string, en: string | null }, snippet: Array<{ text: string, match: boolean }> }> } };

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
export const PublicMeetingViewFragmentDoc = new TypedDocumentString(`
    fragment PublicMeetingView on Meeting {
  id
  number
  type
  state
  startsAt
  endsAt
  openedAt
  closedAt
  cancelReason
  onlineUrl
  livestreamUrl
  currentItemId
  place {
    kk
    ru
    en
  }
  council {
    slug
    name {
      kk
      ru
      en
    }
  }
  invitees {
    id
    kind
    name
    stateBody {
      id
      name {
        kk
        ru
        en
      }
    }
  }
  quorum {
    present
    totalMembers
    required
    reached
    explanation
  }
  attendance {
    personId
    fullName
    role
    status
    absenceReason
  }
  items {
    id
    position
    category
    source
    rapporteur
    publicCommentsOpen
    title {
      kk
      ru
      en
    }
    relatedBody {
      id
      name {
        kk
        ru
        en
      }
    }
    documents {
      id
      fileName
      mediaType
      sizeBytes
      url
    }
    conflicts {
      personId
      fullName
      reason
    }
    motions {
      id
      number
      kind
      state
      text
      points
      addressees {
        lead
        stateBody {
          id
          name {
            kk
            ru
            en
          }
        }
      }
      tally {
        for
        against
        abstain
        recused
      }
      result {
        adopted
        explanation
        for
        against
        abstain
        recused
        required
        present
        tieBrokenByChair
        corrections
      }
      votes {
        personId
        fullName
        choice
      }
    }
  }
}
    `, {"fragmentName":"PublicMeetingView"}) as unknown as TypedDocumentString<PublicMeetingViewFragment, unknown>;
export const PublicCouncilActivityDocument = new TypedDocumentString(`
    query PublicCouncilActivity($slug: String!, $year: Int) {
  council(slug: $slug) {
    slug
    name {
      kk
      ru
      en
    }
  }
  composition(slug: $slug) {
    independenceIndex {
      total
      civilSociety
      stateLinked
    }
    evaluation {
      code
      status
      message
    }
  }
  publicCouncilActivity(slug: $slug, year: $year) {
    year
    years
    asOf
    meetingsHeld
    meetingsScheduled
    questions
    minutesPublished
    frequency {
      period
      min
      missed
      periods {
        index
        start
        last
        held
        status
      }
      basis {
        text
      }
    }
    meetings {
      number
      date
      held
      items
      minutesPublished
    }
    topics {
      meetingNumber
      position
      title {
        kk
        ru
        en
      }
    }
    recommendations {
      number
      title {
        kk
        ru
        en
      }
      progress
      addressees
      answered
      nextDue
      commitments
      commitmentsExecuted
    }
    answers {
      total
      onTime
      late
      overdue
      open
    }
    commitments {
      total
      executed
      overdue
    }
    annualReportPublished
  }
}
    `) as unknown as TypedDocumentString<PublicCouncilActivityQuery, PublicCouncilActivityQueryVariables>;
export const PublicCouncilIndexDocument = new TypedDocumentString(`
    query PublicCouncilIndex($filter: CouncilFilter, $page: PageInput, $jurisdiction: String) {
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
  councilJurisdictions {
    code
    depth
    councils
    name {
      kk
      ru
      en
    }
  }
  councilHostBodies(jurisdictionCode: $jurisdiction) {
    id
    councils
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
  }
}
    `) as unknown as TypedDocumentString<PublicCouncilIndexQuery, PublicCouncilIndexQueryVariables>;
export const PublicCouncilDirectoryDocument = new TypedDocumentString(`
    query PublicCouncilDirectory {
  councilDirectory {
    slug
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
  }
}
    `) as unknown as TypedDocumentString<PublicCouncilDirectoryQuery, PublicCouncilDirectoryQueryVariables>;
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
export const FollowRecordDocument = new TypedDocumentString(`
    mutation FollowRecord($input: FollowInput!) {
  followRecord(input: $input)
}
    `) as unknown as TypedDocumentString<FollowRecordMutation, FollowRecordMutationVariables>;
export const PublicMeetingsDocument = new TypedDocumentString(`
    query PublicMeetings($slug: String!) {
  publicMeetings(slug: $slug) {
    id
    number
    type
    state
    startsAt
    itemCount
    place {
      kk
      ru
      en
    }
  }
}
    `) as unknown as TypedDocumentString<PublicMeetingsQuery, PublicMeetingsQueryVariables>;
export const PublicMeetingDocument = new TypedDocumentString(`
    query PublicMeeting($slug: String!, $number: Int!) {
  publicMeeting(slug: $slug, number: $number) {
    ...PublicMeetingView
  }
}
    fragment PublicMeetingView on Meeting {
  id
  number
  type
  state
  startsAt
  endsAt
  openedAt
  closedAt
  cancelReason
  onlineUrl
  livestreamUrl
  currentItemId
  place {
    kk
    ru
    en
  }
  council {
    slug
    name {
      kk
      ru
      en
    }
  }
  invitees {
    id
    kind
    name
    stateBody {
      id
      name {
        kk
        ru
        en
      }
    }
  }
  quorum {
    present
    totalMembers
    required
    reached
    explanation
  }
  attendance {
    personId
    fullName
    role
    status
    absenceReason
  }
  items {
    id
    position
    category
    source
    rapporteur
    publicCommentsOpen
    title {
      kk
      ru
      en
    }
    relatedBody {
      id
      name {
        kk
        ru
        en
      }
    }
    documents {
      id
      fileName
      mediaType
      sizeBytes
      url
    }
    conflicts {
      personId
      fullName
      reason
    }
    motions {
      id
      number
      kind
      state
      text
      points
      addressees {
        lead
        stateBody {
          id
          name {
            kk
            ru
            en
          }
        }
      }
      tally {
        for
        against
        abstain
        recused
      }
      result {
        adopted
        explanation
        for
        against
        abstain
        recused
        required
        present
        tieBrokenByChair
        corrections
      }
      votes {
        personId
        fullName
        choice
      }
    }
  }
}`) as unknown as TypedDocumentString<PublicMeetingQuery, PublicMeetingQueryVariables>;
export const PublicMeetingLiveDocument = new TypedDocumentString(`
    subscription PublicMeetingLive($meetingId: ID!) {
  publicMeetingLive(meetingId: $meetingId) {
    kind
    meeting {
      ...PublicMeetingView
    }
  }
}
    fragment PublicMeetingView on Meeting {
  id
  number
  type
  state
  startsAt
  endsAt
  openedAt
  closedAt
  cancelReason
  onlineUrl
  livestreamUrl
  currentItemId
  place {
    kk
    ru
    en
  }
  council {
    slug
    name {
      kk
      ru
      en
    }
  }
  invitees {
    id
    kind
    name
    stateBody {
      id
      name {
        kk
        ru
        en
      }
    }
  }
  quorum {
    present
    totalMembers
    required
    reached
    explanation
  }
  attendance {
    personId
    fullName
    role
    status
    absenceReason
  }
  items {
    id
    position
    category
    source
    rapporteur
    publicCommentsOpen
    title {
      kk
      ru
      en
    }
    relatedBody {
      id
      name {
        kk
        ru
        en
      }
    }
    documents {
      id
      fileName
      mediaType
      sizeBytes
      url
    }
    conflicts {
      personId
      fullName
      reason
    }
    motions {
      id
      number
      kind
      state
      text
      points
      addressees {
        lead
        stateBody {
          id
          name {
            kk
            ru
            en
          }
        }
      }
      tally {
        for
        against
        abstain
        recused
      }
      result {
        adopted
        explanation
        for
        against
        abstain
        recused
        required
        present
        tieBrokenByChair
        corrections
      }
      votes {
        personId
        fullName
        choice
      }
    }
  }
}`) as unknown as TypedDocumentString<PublicMeetingLiveSubscription, PublicMeetingLiveSubscriptionVariables>;
export const PublicCommentsDocument = new TypedDocumentString(`
    query PublicComments($itemId: ID!) {
  publicComments(itemId: $itemId) {
    id
    authorName
    body
    createdAt
  }
}
    `) as unknown as TypedDocumentString<PublicCommentsQuery, PublicCommentsQueryVariables>;
export const SubmitPublicCommentDocument = new TypedDocumentString(`
    mutation SubmitPublicComment($input: PublicCommentInput!) {
  submitPublicComment(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitPublicCommentMutation, SubmitPublicCommentMutationVariables>;
export const ProposeAgendaItemAsCitizenDocument = new TypedDocumentString(`
    mutation ProposeAgendaItemAsCitizen($input: CitizenProposalInput!) {
  proposeAgendaItemAsCitizen(input: $input)
}
    `) as unknown as TypedDocumentString<ProposeAgendaItemAsCitizenMutation, ProposeAgendaItemAsCitizenMutationVariables>;
export const PublicMinutesDocument = new TypedDocumentString(`
    query PublicMinutes($slug: String!, $number: Int!) {
  council(slug: $slug) {
    name {
      kk
      ru
      en
    }
  }
  publicMinutes(slug: $slug, number: $number) {
    councilSlug
    meetingNumber
    publishedAt
    pdfUrl
    htmlUrl
    signatures {
      role
      signerName
      signedAt
      version
    }
    versions {
      version
      reason
      createdAt
      text
      diff {
        op
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicMinutesQuery, PublicMinutesQueryVariables>;
export const PublicAnnualReportDocument = new TypedDocumentString(`
    query PublicAnnualReport($slug: String!, $year: Int!) {
  council(slug: $slug) {
    name {
      kk
      ru
      en
    }
  }
  publicAnnualReport(slug: $slug, year: $year) {
    year
    meetingsHeld
    meetingsRequired
    meetingsMinimumMet
    items
    recommendations
    onTimeRate
    commitments
    commitmentsExecuted
    executionRate
    approvedByName
    publishedAt
    pdfUrl
    attendance {
      name
      attended
      of
      rate
    }
    itemsByCategory {
      key
      count
    }
    itemsBySource {
      key
      count
    }
    bodies {
      name
      total
      answeredOnTime
      onTimeRate
    }
    compositionChanges {
      name
      change
      on
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<PublicAnnualReportQuery, PublicAnnualReportQueryVariables>;
export const PublicRecommendationsDocument = new TypedDocumentString(`
    query PublicRecommendations($slug: String!) {
  publicRecommendations(slug: $slug) {
    id
    number
    adoptedOn
    obligations
    answered
    overdue
    title {
      kk
      ru
      en
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRecommendationsQuery, PublicRecommendationsQueryVariables>;
export const PublicRecommendationDocument = new TypedDocumentString(`
    query PublicRecommendation($slug: String!, $number: Int!) {
  publicRecommendation(slug: $slug, number: $number) {
    id
    number
    adoptedOn
    documentType
    meetingNumber
    councilSlug
    councilName {
      kk
      ru
      en
    }
    title {
      kk
      ru
      en
    }
    text
    points {
      id
      number
      text
    }
    obligations {
      id
      lead
      state
      due
      dispatchedOn
      answeredOn
      clockStoppedOn
      escalationLevel
      extendedWorkingDays
      adequate
      overdue
      dueExplanation
      body {
        id
        name {
          kk
          ru
          en
        }
      }
      trail {
        type
        date
        text
        grounds
        actorName
      }
      answers {
        id
        version
        summary
        signedByName
        signedAt
        points {
          pointNumber
          verdict
          scope
          reasons
          studyUntil
          commitmentOwner
          commitmentDue
        }
      }
      commitments {
        id
        pointNumber
        title
        owner
        due
        state
        doneOn
        overdue
        updates {
          kind
          text
          authorName
          createdAt
          evidence {
            url
            fileName
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRecommendationQuery, PublicRecommendationQueryVariables>;
export const StateBodyFiguresDocument = new TypedDocumentString(`
    query StateBodyFigures($bodyId: ID!) {
  stateBodyFigures(bodyId: $bodyId) {
    body {
      id
      name {
        kk
        ru
        en
      }
    }
    total
    open
    answeredOnTime
    answeredLate
    overdue
    medianDelayWorkingDays
    adequacyRate
    assessed
    commitments
    commitmentsExecuted
    commitmentsOverdue
    executionRate
    method
  }
}
    `) as unknown as TypedDocumentString<StateBodyFiguresQuery, StateBodyFiguresQueryVariables>;
export const DisputeCommitmentAsCitizenDocument = new TypedDocumentString(`
    mutation DisputeCommitmentAsCitizen($input: CitizenDisputeInput!) {
  disputeCommitmentAsCitizen(input: $input)
}
    `) as unknown as TypedDocumentString<DisputeCommitmentAsCitizenMutation, DisputeCommitmentAsCitizenMutationVariables>;
export const PublicSearchDocument = new TypedDocumentString(`
    query PublicSearch($query: String!, $councilSlug: String, $bodyId: ID, $from: String, $to: String, $kinds: [SearchKind!], $offset: Int!, $limit: Int!) {
  searchRecord(
    query: $query
    councilSlug: $councilSlug
    bodyId: $bodyId
    from: $from
    to: $to
    kinds: $kinds
    offset: $offset
    limit: $limit
  ) {
    total
    hits {
      id
      kind
      title
      date
      path
      councilSlug
      councilName {
        kk
        ru
        en
      }
      snippet {
        text
        match
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicSearchQuery, PublicSearchQueryVariables>;