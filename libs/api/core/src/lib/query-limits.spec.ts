import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Person { name: String friends: [Person] }
  type Query { me: Person }
`);

function errors(query: string, maxDepth = 4, maxFields = 20): string[] {
  return validate(schema, parse(query), [queryLimitsRule({ maxDepth, maxFields })]).map((e) => e.message);
}

describe('queryLimitsRule', () => {
  it('accepts a query at exactly the depth limit and refuses one level more', () => {
    expect(errors('{ me { friends { friends { name } } } }')).toEqual([]);
    expect(errors('{ me { friends { friends { friends { name } } } } }')).toEqual(['Query depth 5 exceeds the limit of 4.']);
  });

  it('follows fragments and inline fragments when measuring depth', () => {
    const q = '{ me { ...F } } fragment F on Person { friends { ... on Person { friends { friends { name } } } } }';
    expect(errors(q)).toEqual(['Query depth 5 exceeds the limit of 4.']);
  });

  it('counts every selected field, aliases and fragment spreads expanded', () => {
    const fields = Array.from({ length: 10 }, (_, i) => `a${i}: name`).join(' ');
    expect(errors(`{ me { ${fields} } }`, 4, 11)).toEqual([]);
    expect(errors(`{ me { ...F ...F2 } } fragment F on Person { ${fields} } fragment F2 on Person { ${fields} }`, 4, 11)).toEqual([
      'Query selects 21 fields; the limit is 11.',
    ]);
  });

  it('does not loop on fragment cycles (graphql-js reports those)', () => {
    const q = '{ me { ...A } } fragment A on Person { friends { ...B } } fragment B on Person { friends { ...A } }';
    expect(() => errors(q)).not.toThrow();
  });

  it('counts introspection fields but not their depth', () => {
    const q = '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }';
    expect(errors(q, 2, 20)).toEqual([]);
    expect(errors(q, 2, 5)).toEqual(['Query selects 9 fields; the limit is 5.']);
  });
});
