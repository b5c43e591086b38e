import type { BodyFacetRow, DirectoryRow, JurisdictionFacetRow } from './council-index.service';
import type { CouncilEntity, JurisdictionEntity, StateBodyEntity } from './registry.entities';
import {
  Council,
  CouncilLevel,
  Jurisdiction,
  JurisdictionKindEnum,
  PublicCouncil,
  PublicCouncilDirectoryEntry,
  PublicJurisdiction,
  PublicJurisdictionFacet,
  PublicStateBody,
  PublicStateBodyFacet,
  StateBody,
  StateBodyKindEnum,
} from './registry.models';

/** Entities never leave the service layer: each endpoint maps them to its own types. */
export function toJurisdiction(e: JurisdictionEntity): Jurisdiction {
  return { id: e.id, code: e.code, kind: e.kind as JurisdictionKindEnum, name: e.name, parentId: e.parentId };
}

export function toStateBody(e: StateBodyEntity): StateBody {
  return {
    id: e.id,
    jurisdictionId: e.jurisdictionId,
    parentId: e.parentId,
    kind: e.kind as StateBodyKindEnum,
    name: e.name,
    bin: e.bin,
  };
}

function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`${what} was not loaded`);
  return value;
}

export function toCouncil(e: CouncilEntity): Council {
  return {
    id: e.id,
    slug: e.slug,
    name: e.name,
    level: e.level as CouncilLevel,
    jurisdiction: toJurisdiction(required(e.jurisdiction, 'council.jurisdiction')),
    hostBody: toStateBody(required(e.hostBody, 'council.hostBody')),
    publishedAt: e.publishedAt,
    createdAt: e.createdAt,
    version: e.version,
  };
}

export function toPublicJurisdiction(e: JurisdictionEntity): PublicJurisdiction {
  return { code: e.code, kind: e.kind as JurisdictionKindEnum, name: e.name };
}

export function toPublicStateBody(e: StateBodyEntity): PublicStateBody {
  return { id: e.id, kind: e.kind as StateBodyKindEnum, name: e.name };
}

export function toPublicCouncil(e: CouncilEntity): PublicCouncil {
  return {
    slug: e.slug,
    name: e.name,
    level: e.level as CouncilLevel,
    jurisdiction: toPublicJurisdiction(required(e.jurisdiction, 'council.jurisdiction')),
    hostBody: toPublicStateBody(required(e.hostBody, 'council.hostBody')),
  };
}

export function toPublicJurisdictionFacet(r: JurisdictionFacetRow): PublicJurisdictionFacet {
  return { code: r.code, kind: r.kind as JurisdictionKindEnum, name: r.name, depth: r.depth, councils: r.councils };
}

function rowJurisdiction(r: BodyFacetRow | DirectoryRow): PublicJurisdiction {
  return { code: r.jurisdiction_code, kind: r.jurisdiction_kind as JurisdictionKindEnum, name: r.jurisdiction_name };
}

export function toPublicStateBodyFacet(r: BodyFacetRow): PublicStateBodyFacet {
  return { id: r.id, kind: r.kind as StateBodyKindEnum, name: r.name, jurisdiction: rowJurisdiction(r), councils: r.councils };
}

export function toPublicCouncilDirectoryEntry(r: DirectoryRow): PublicCouncilDirectoryEntry {
  return { slug: r.slug, name: r.name, jurisdiction: rowJurisdiction(r) };
}
