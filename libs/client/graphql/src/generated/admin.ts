import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CreateCouncilInput = {
  hostBodyId: Scalars['ID']['input'];
  level: CouncilLevel;
  name: LocalizedTextInput;
  slug: Scalars['String']['input'];
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

export type Mutation = {
  createCouncil: Council;
};


export type MutationCreateCouncilArgs = {
  input: CreateCouncilInput;
};

export type PageInput = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type Query = {
  council: Council;
  councils: CouncilPage;
  jurisdictions: JurisdictionPage;
  stateBodies: StateBodyPage;
};


export type QueryCouncilArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouncilsArgs = {
  filter?: InputMaybe<CouncilFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryJurisdictionsArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryStateBodiesArgs = {
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
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

export type AdminCouncilsQueryVariables = Exact<{
  filter?: InputMaybe<CouncilFilter>;
  page?: InputMaybe<PageInput>;
}>;


export type AdminCouncilsQuery = { councils: { total: number, items: Array<{ id: string, slug: string, level: CouncilLevel, publishedAt: string | null, name: { kk: string | null, ru: string, en: string | null }, jurisdiction: { id: string, code: string, name: { kk: string | null, ru: string, en: string | null } }, hostBody: { id: string, name: { kk: string | null, ru: string, en: string | null } } }> } };


export const AdminCouncilsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCouncils"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminCouncilsQuery, AdminCouncilsQueryVariables>;