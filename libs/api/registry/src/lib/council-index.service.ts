import { Injectable } from '@nestjs/common';
import { TransactionalConnection, type LocalizedValue, type RequestContext } from '@kenes/api/core';
import { WITH_JURISDICTION_TREE, withinJurisdiction } from './jurisdiction-tree';
import type { JurisdictionKind, StateBodyKind } from './registry.entities';

export interface JurisdictionFacetRow {
  code: string;
  kind: JurisdictionKind;
  name: LocalizedValue;
  depth: number;
  councils: number;
}

export interface BodyFacetRow {
  id: string;
  kind: StateBodyKind;
  name: LocalizedValue;
  jurisdiction_code: string;
  jurisdiction_kind: JurisdictionKind;
  jurisdiction_name: LocalizedValue;
  councils: number;
}

export interface DirectoryRow {
  slug: string;
  name: LocalizedValue;
  jurisdiction_code: string;
  jurisdiction_kind: JurisdictionKind;
  jurisdiction_name: LocalizedValue;
}

/**
 * What the portal's national index needs besides the page of councils: the jurisdictions and
 * host bodies to filter by, with their counts, and the list of every council for pickers. Each
 * is one statement whatever the number of councils, and counts published councils only.
 */
@Injectable()
export class CouncilIndexService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Jurisdictions with published councils in them or under them, in index order; counts include the jurisdictions under each. */
  jurisdictions(ctx: RequestContext): Promise<JurisdictionFacetRow[]> {
    return this.connection.manager(ctx).query(
      `${WITH_JURISDICTION_TREE}
       SELECT j.code, j.kind, j.name, cardinality(t.sort_path) - 1 AS depth, count(*)::int AS councils
         FROM council c
         JOIN jurisdiction_tree ct ON ct.id = c.jurisdiction_id
         JOIN jurisdiction_tree t ON t.id = ANY(ct.ancestors)
         JOIN jurisdiction j ON j.id = t.id
        WHERE c.published_at IS NOT NULL
        GROUP BY j.id, t.sort_path
        ORDER BY t.sort_path`,
    );
  }

  /** Host bodies of published councils (within a jurisdiction and the ones under it, if given), in index order. */
  hostBodies(ctx: RequestContext, jurisdictionCode: string | undefined): Promise<BodyFacetRow[]> {
    return this.connection.manager(ctx).query(
      `${WITH_JURISDICTION_TREE}
       SELECT b.id, b.kind, b.name, j.code AS jurisdiction_code, j.kind AS jurisdiction_kind, j.name AS jurisdiction_name, count(*)::int AS councils
         FROM council c
         JOIN state_body b ON b.id = c.host_body_id
         JOIN jurisdiction j ON j.id = c.jurisdiction_id
         JOIN jurisdiction_tree t ON t.id = c.jurisdiction_id
        WHERE c.published_at IS NOT NULL AND ($1::text IS NULL OR ${withinJurisdiction('c.jurisdiction_id', '$1')})
        GROUP BY b.id, j.id, t.sort_path
        ORDER BY t.sort_path, b.name->>'ru', b.id`,
      [jurisdictionCode ?? null],
    );
  }

  /** Every published council, in index order by jurisdiction and then name: a few words each, for pickers. */
  directory(ctx: RequestContext): Promise<DirectoryRow[]> {
    return this.connection.manager(ctx).query(
      `${WITH_JURISDICTION_TREE}
       SELECT c.slug, c.name, j.code AS jurisdiction_code, j.kind AS jurisdiction_kind, j.name AS jurisdiction_name
         FROM council c
         JOIN jurisdiction j ON j.id = c.jurisdiction_id
         JOIN jurisdiction_tree t ON t.id = c.jurisdiction_id
        WHERE c.published_at IS NOT NULL
        ORDER BY t.sort_path, c.name->>'ru', c.id`,
    );
  }
}
