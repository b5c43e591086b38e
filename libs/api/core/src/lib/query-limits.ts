import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  /** Upper bound on the number of fields a query may select, fragments expanded. */
  maxFields: number;
}

interface Measure {
  depth: number;
  fields: number;
}

function measure(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): Measure {
  let depth = 0;
  let fields = 0;
  for (const sel of set.selections) {
    let inner: Measure = { depth: 0, fields: 0 };
    if (sel.kind === Kind.FIELD) {
      fields += 1;
      if (sel.selectionSet) {
        const m = measure(sel.selectionSet, fragments, visiting);
        // Introspection is nested by design (ofType chains): its fields count, its depth does not.
        inner = sel.name.value.startsWith('__') ? { depth: 0, fields: m.fields } : { depth: m.depth + 1, fields: m.fields };
      }
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(sel.selectionSet, fragments, visiting);
    } else {
      const name = sel.name.value;
      const frag = fragments[name];
      // Cycles are reported by graphql-js's own NoFragmentCycles rule.
      if (!frag || visiting.has(name)) continue;
      visiting.add(name);
      inner = measure(frag.selectionSet, fragments, visiting);
      visiting.delete(name);
    }
    depth = Math.max(depth, inner.depth);
    fields += inner.fields;
  }
  return { depth, fields };
}

/**
 * A validation rule that refuses queries deeper or wider than the limits before anything
 * runs, so a hostile query costs a parse and no database work.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const doc = context.getDocument();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    return {
      OperationDefinition(node) {
        const { depth, fields } = measure(node.selectionSet, fragments, new Set());
        const realDepth = depth + 1;
        if (realDepth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`Query depth ${realDepth} exceeds the limit of ${limits.maxDepth}.`, {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_DEEP' },
            }),
          );
        }
        if (fields > limits.maxFields) {
          context.reportError(
            new GraphQLError(`Query selects ${fields} fields; the limit is ${limits.maxFields}.`, {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}
