import { auditHash, canonicalJson } from './audit.service';

describe('canonicalJson', () => {
  it('is independent of key order, at every depth', () => {
    const a = { b: 1, a: { d: [3, { f: 1, e: 2 }], c: 'x' } };
    const b = { a: { c: 'x', d: [3, { e: 2, f: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[3,{"e":2,"f":1}]},"b":1}');
  });

  it('keeps array order, because order in an array is content', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('is stable: the same value always gives the same text', () => {
    const value = { name: { ru: 'Совет', kk: 'Кеңес', en: null }, n: 1.5, ok: true, list: ['a', 'b'] };
    const first = canonicalJson(value);
    expect(canonicalJson(structuredClone(value))).toBe(first);
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(first);
    expect(first).toBe('{"list":["a","b"],"n":1.5,"name":{"en":null,"kk":"Кеңес","ru":"Совет"},"ok":true}');
  });

  it('drops undefined properties, keeps nulls, and writes dates as ISO strings (as they come back from jsonb)', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson(undefined)).toBe('null');
    const at = new Date('2025-03-01T10:00:00.000Z');
    expect(canonicalJson({ at })).toBe(canonicalJson({ at: '2025-03-01T10:00:00.000Z' }));
  });

  it('escapes strings, so content cannot forge structure', () => {
    expect(canonicalJson({ a: '","b":"1' })).not.toBe(canonicalJson({ a: '', b: '1' }));
  });
});

describe('auditHash', () => {
  const PREV = 'a'.repeat(64);
  const base = {
    chain: 'kz-akm-kok',
    seq: 7,
    action: 'council.created',
    entityType: 'council',
    entityId: '8d0e5b4c-1f0a-4a39-9d3b-0d7f4b0a6c11',
    actorId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    data: { slug: 'kokshetau', name: { ru: 'Совет' } },
  };

  it('is a sha-256 hex digest, the same for the same input and for reordered data', () => {
    const h = auditHash(PREV, base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(PREV, { ...base })).toBe(h);
    expect(auditHash(PREV, { ...base, data: { name: { ru: 'Совет' }, slug: 'kokshetau' } })).toBe(h);
  });

  it.each([
    ['chain', { chain: 'platform' }],
    ['seq', { seq: 8 }],
    ['action', { action: 'council.updated' }],
    ['entityType', { entityType: 'jurisdiction' }],
    ['entityId', { entityId: '8d0e5b4c-1f0a-4a39-9d3b-0d7f4b0a6c12' }],
    ['entityId (to null)', { entityId: null }],
    ['actorId', { actorId: null }],
    ['data (a value)', { data: { slug: 'kokshetau-2', name: { ru: 'Совет' } } }],
    ['data (a nested value)', { data: { slug: 'kokshetau', name: { ru: 'Совет.' } } }],
    ['data (a new key)', { data: { slug: 'kokshetau', name: { ru: 'Совет' }, extra: null } }],
  ])('changes when %s changes', (_field, change) => {
    expect(auditHash(PREV, { ...base, ...change })).not.toBe(auditHash(PREV, base));
  });

  it('changes when the previous hash changes, so the chain links', () => {
    expect(auditHash('b'.repeat(64), base)).not.toBe(auditHash(PREV, base));
  });

  it('treats an absent entity or actor as null', () => {
    expect(auditHash(PREV, { ...base, entityId: undefined, actorId: undefined })).toBe(auditHash(PREV, { ...base, entityId: null, actorId: null }));
  });
});
