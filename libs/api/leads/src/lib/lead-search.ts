import { LeadModel } from './lead.model';

/** Shortest and longest search text accepted by `searchLeads` (characters, after trimming). */
export const LEAD_SEARCH_MIN = 2;
export const LEAD_SEARCH_MAX = 200;

/**
 * `text` as a PostgreSQL LIKE/ILIKE pattern matching it anywhere: `%`, `_` and the escape character `\` are
 * escaped, so user input is only ever matched literally (and it is always bound as a parameter, never spliced).
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The texts of a lead the caller may search: exactly what its projection (lead-projection.ts) shows them —
 * summary, details (the redaction notice for a redacted copy), the H3 condition, and the names, pseudonyms and
 * descriptions of the persons left in it. Nothing removed from a recipient's copy can match.
 */
export function searchableTexts(lead: LeadModel): string[] {
  const texts = [lead.summary, lead.details, lead.handlingCondition ?? ''];
  for (const p of lead.persons) texts.push(p.name ?? '', p.pseudonym ?? '', p.description ?? '');
  return texts.filter((t) => t.length > 0);
}

/** True when `text` occurs, ignoring case, in one of the projection's searchable texts. */
export function projectionMatches(lead: LeadModel, text: string): boolean {
  const needle = text.toLocaleLowerCase('en');
  return searchableTexts(lead).some((t) => t.toLocaleLowerCase('en').includes(needle));
}
