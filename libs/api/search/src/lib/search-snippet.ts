import type { SnippetPart } from './search.models';

/** Markers ts_headline puts around matches and between fragments; control characters, so they cannot come from content. */
export const MATCH_START = '\u0002';
export const MATCH_STOP = '\u0003';
export const FRAGMENT_DELIMITER = '\u0004';

/** The options of ts_headline whose output `snippetParts` reads. */
export const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=${FRAGMENT_DELIMITER}`;

const ELLIPSIS = '…';
/** How far back (in characters) a fragment may reach for the start of its sentence before it settles for the start of its word. */
const SENTENCE_LEAD = 80;
const SPACE = /\s/;
const SENTENCE_END = /[.!?…]/;

/** Splits marked text into plain-text parts with the matches marked: the client never renders HTML from it. */
function markedParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const chunk of marked.split(MATCH_START)) {
    const end = chunk.indexOf(MATCH_STOP);
    if (end < 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    if (end > 0) parts.push({ text: chunk.slice(0, end), match: true });
    const rest = chunk.slice(end + MATCH_STOP.length);
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

/** Where a fragment found at `at` should start: its sentence's start if near, else its word's; never before `floor`. */
function fragmentStart(body: string, at: number, floor: number): number {
  for (let i = at; i >= Math.max(floor, at - SENTENCE_LEAD); i--) {
    if (i === 0) return 0;
    // A sentence starts with a non-space after spaces that follow an end mark or a line break.
    if (SPACE.test(body[i] ?? ' ') || !SPACE.test(body[i - 1] ?? '')) continue;
    let j = i - 1;
    while (j >= 0 && SPACE.test(body[j] ?? '')) {
      if (body[j] === '\n') return i;
      j--;
    }
    if (j < 0 || SENTENCE_END.test(body[j] ?? '')) return i;
  }
  let i = at;
  while (i > floor && !SPACE.test(body[i - 1] ?? '')) i--;
  return i;
}

/** Where a fragment ending at `end` should stop: the end of its word (with the punctuation attached to it). */
function fragmentEnd(body: string, end: number): number {
  let i = end;
  while (i < body.length && !SPACE.test(body[i] ?? '')) i++;
  return i;
}

/**
 * The snippet of a hit as plain-text parts, matches marked, from the headline PostgreSQL made of
 * `body` (ts_headline with HEADLINE_OPTIONS). ts_headline cuts its fragments at any word, even
 * inside a hyphenated one, so each fragment is moved back to the start of its sentence when that
 * is near, else to the start of its word, and on to the end of its last word; an ellipsis says
 * where text was left out, at the start, between fragments and at the end.
 */
export function snippetParts(headline: string, body: string): SnippetPart[] {
  const out: SnippetPart[] = [];
  const text = (t: string) => {
    if (!t) return;
    const last = out.at(-1);
    if (last && !last.match) last.text += t;
    else out.push({ text: t, match: false });
  };
  const marked = (m: string) => {
    for (const p of markedParts(m)) {
      if (p.match) out.push(p);
      else text(p.text);
    }
  };
  let cursor = 0;
  let lastEnd: number | null = null;
  for (const raw of headline.split(FRAGMENT_DELIMITER)) {
    const fragment = raw.trim();
    if (!fragment) continue;
    const plain = fragment.split(MATCH_START).join('').split(MATCH_STOP).join('');
    const at = body.indexOf(plain, cursor);
    if (at < 0) {
      // Not found as written (should not happen): show it as PostgreSQL gave it.
      if (out.length) text(` ${ELLIPSIS} `);
      marked(fragment);
      lastEnd = null;
      continue;
    }
    const start = fragmentStart(body, at, cursor);
    if (lastEnd !== null && !body.slice(lastEnd, start).trim()) {
      text(body.slice(lastEnd, at)); // the fragments touch: no gap to mark
    } else {
      if (body.slice(0, start).trim()) text(out.length ? ` ${ELLIPSIS} ` : `${ELLIPSIS} `);
      text(body.slice(start, at));
    }
    marked(fragment);
    const end = fragmentEnd(body, at + plain.length);
    text(body.slice(at + plain.length, end));
    cursor = lastEnd = end;
  }
  if (lastEnd !== null && body.slice(lastEnd).trim()) text(` ${ELLIPSIS}`);
  return out;
}
