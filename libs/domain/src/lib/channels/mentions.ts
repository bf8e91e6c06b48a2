/**
 * Mentions in an operation channel message: `@` followed by an agency's acronym (`@RO-DIOC`) or a person's e-mail
 * address (`@liaison@demo.test`), matched without regard to case against the operation's participating agencies and
 * their people. Anything else after `@` is plain text. A mention must start the text or follow a space or an opening
 * bracket or quote (so `name@example.org` in a sentence is not a mention), and a full stop, comma, colon, semicolon,
 * question or exclamation mark after it ends it. Pure.
 */

/** Who can be mentioned: the agencies taking part in the operation and their people. */
export interface MentionCandidates {
  agencies: ReadonlyArray<{ id: string; acronym: string }>;
  people: ReadonlyArray<{ id: string; email: string }>;
}

/** The agencies and people a message mentions (ids), each once, in the order first mentioned. */
export interface Mentions {
  agencyIds: string[];
  userIds: string[];
}

// `@`, then a word of letters, digits and . _ + - with at most one inner `@` (an e-mail address).
const MENTION = /(^|[\s([{"'«“])@([\p{L}\p{N}][\p{L}\p{N}._+-]*(?:@[\p{L}\p{N}][\p{L}\p{N}.-]*)?)/gu;
const TRAILING = /[.\-_+]+$/u;

/** The mentions of `body` among `candidates`. */
export function mentionsIn(body: string, candidates: MentionCandidates): Mentions {
  const agencies = new Map(candidates.agencies.map((a) => [a.acronym.toLowerCase(), a.id]));
  const people = new Map(candidates.people.map((p) => [p.email.toLowerCase(), p.id]));
  const found: Mentions = { agencyIds: [], userIds: [] };
  for (const match of body.matchAll(MENTION)) {
    const name = match[2].replace(TRAILING, '').toLowerCase();
    const agencyId = agencies.get(name);
    const userId = people.get(name);
    if (agencyId !== undefined && !found.agencyIds.includes(agencyId)) found.agencyIds.push(agencyId);
    if (userId !== undefined && !found.userIds.includes(userId)) found.userIds.push(userId);
  }
  return found;
}

/**
 * The mentions of an edited message's new `body` that none of its `earlier` bodies (the text it replaces and every text
 * before that) made: the agencies and people an edit newly mentions. A mention removed and written again is not new.
 */
export function newMentionsIn(body: string, earlier: readonly string[], candidates: MentionCandidates): Mentions {
  const now = mentionsIn(body, candidates);
  const before = earlier.map((text) => mentionsIn(text, candidates));
  return {
    agencyIds: now.agencyIds.filter((id) => !before.some((m) => m.agencyIds.includes(id))),
    userIds: now.userIds.filter((id) => !before.some((m) => m.userIds.includes(id))),
  };
}
