/** A decision adopted at a later meeting that may record the council's approval of minutes. */
export interface Decision {
  id: string;
  meetingNumber: number;
  text: string;
}

/** The items' titles in the minutes ("Вопрос 1. …", "1-мәселе. …", "Item 1. …"). */
const ITEM_HEADING = /^(\d+-мәселе|Вопрос \d+|Item \d+)\. /u;

/**
 * The minutes' text lines for reading: the API lays the document out as lines (the same as
 * the PDF). Lines in capitals are its section titles (ХАТТАМА, КҮН ТӘРТІБІ, ОСОБЫЕ МНЕНИЯ…),
 * the items' titles open each item.
 */
export function docLines(text: readonly string[]): Array<{ text: string; kind: 'title' | 'heading' | 'line' }> {
  return text.map((t) => ({ text: t, kind: ITEM_HEADING.test(t) ? 'heading' : /\p{Lu}{3}/u.test(t) && t === t.toUpperCase() && t.length < 120 ? 'title' : 'line' }));
}

/** A database key (budgetProgramme) as the GraphQL enum the shared words use (BUDGET_PROGRAMME). */
export function enumKey(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/** A rate 0…1 as a whole percentage, or the words for "no data". */
export function percent(rate: number | null, none: string): string {
  return rate === null ? none : `${Math.round(rate * 100)}%`;
}
