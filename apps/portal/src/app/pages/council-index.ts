import type { Pub } from '@kenes/client/graphql';

export type IndexCouncil = Pub.PublicCouncilIndexQuery['councils']['items'][number];

export interface BodyGroup {
  id: string;
  name: IndexCouncil['hostBody']['name'];
  /** The body's councils began on the previous page. */
  continued: boolean;
  councils: IndexCouncil[];
}

export interface PlaceGroup {
  code: string;
  name: IndexCouncil['jurisdiction']['name'];
  continued: boolean;
  bodies: BodyGroup[];
}

/**
 * A page of councils (already in index order: jurisdiction, host body, name) under headings.
 * `before` is the last council of the previous page, so a group that spans the page boundary
 * gets its heading again, marked as continued.
 */
export function groupCouncils(items: readonly IndexCouncil[], before: IndexCouncil | undefined): PlaceGroup[] {
  const places: PlaceGroup[] = [];
  let previous = before;
  for (const c of items) {
    let place = places[places.length - 1];
    const samePlace = previous?.jurisdiction.code === c.jurisdiction.code;
    if (!place || place.code !== c.jurisdiction.code) {
      place = { code: c.jurisdiction.code, name: c.jurisdiction.name, continued: samePlace, bodies: [] };
      places.push(place);
    }
    let body = place.bodies[place.bodies.length - 1];
    if (!body || body.id !== c.hostBody.id) {
      body = { id: c.hostBody.id, name: c.hostBody.name, continued: samePlace && previous?.hostBody.id === c.hostBody.id, councils: [] };
      place.bodies.push(body);
    }
    body.councils.push(c);
    previous = c;
  }
  return places;
}

/** Page numbers to link, with null where a run is left out: all of them up to 7 pages, else the ends and the neighbours of the current one. */
export function pageNumbers(current: number, last: number): Array<number | null> {
  if (last <= 7) return Array.from({ length: last }, (_, i) => i + 1);
  const shown = [...new Set([1, 2, current - 1, current, current + 1, last - 1, last])].filter((n) => n >= 1 && n <= last).sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const n of shown) {
    const prev = out[out.length - 1];
    if (typeof prev === 'number' && n > prev + 1) out.push(null);
    out.push(n);
  }
  return out;
}

/** Consecutive entries of one jurisdiction under one heading (the API lists them in index order): for <optgroup>s. */
export function byJurisdiction<T extends { jurisdiction: { code: string; name: PlaceGroup['name'] } }>(
  entries: readonly T[],
): Array<{ code: string; name: PlaceGroup['name']; entries: T[] }> {
  const groups: Array<{ code: string; name: PlaceGroup['name']; entries: T[] }> = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    if (last?.code === e.jurisdiction.code) last.entries.push(e);
    else groups.push({ code: e.jurisdiction.code, name: e.jurisdiction.name, entries: [e] });
  }
  return groups;
}
