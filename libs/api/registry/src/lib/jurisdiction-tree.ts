import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The order of the national index, computed in SQL from `jurisdiction.parent_id` so it holds for
 * any number of jurisdictions and needs no stored column to keep in step.
 *
 * Siblings are numbered by their Russian name (the one name every record has, so page N shows
 * the same councils in every language), then code. `jurisdiction_tree` gives each jurisdiction
 * its ancestors (root first, itself last) and `sort_path`, the sibling numbers from the root
 * down: ordering by it puts the republic first, then each oblast or city of republican
 * significance followed by its own districts and cities, by name.
 */
const RANK = `SELECT id, parent_id, row_number() OVER (PARTITION BY parent_id ORDER BY name->>'ru', code) AS rank FROM jurisdiction`;
const TREE = `SELECT id, ARRAY[id] AS ancestors, ARRAY[rank] AS sort_path FROM jurisdiction_rank WHERE parent_id IS NULL
  UNION ALL
  SELECT r.id, t.ancestors || r.id, t.sort_path || r.rank FROM jurisdiction_rank r JOIN jurisdiction_tree t ON r.parent_id = t.id`;

/** The same two expressions as a WITH clause, for hand-written statements. */
export const WITH_JURISDICTION_TREE = `WITH RECURSIVE jurisdiction_rank AS (${RANK}), jurisdiction_tree AS (${TREE})`;

/** Adds `jurisdiction_rank` and `jurisdiction_tree` to a query builder, once. */
export function withJurisdictionTree<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  if (qb.expressionMap.commonTableExpressions.some((cte) => cte.alias === 'jurisdiction_tree')) return qb;
  return qb.addCommonTableExpression(RANK, 'jurisdiction_rank').addCommonTableExpression(TREE, 'jurisdiction_tree', { recursive: true });
}

/**
 * SQL true when `column` (a jurisdiction id) is the jurisdiction with code `:param`'s value or
 * lies under it. Needs the tree (`withJurisdictionTree` or `WITH_JURISDICTION_TREE`).
 */
export function withinJurisdiction(column: string, codeParam: string): string {
  return `${column} IN (SELECT wt.id FROM jurisdiction_tree wt JOIN jurisdiction wj ON wj.id = ANY(wt.ancestors) WHERE wj.code = ${codeParam})`;
}
