/** How the forms of this library name the API's input fields in sentences (lower case, as inside a sentence). */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  name: 'the name',
  purpose: 'the purpose',
  description: 'the description',
  countries: 'the countries',
  formsOfExploitation: 'the forms of exploitation',
  startsOn: 'the start date',
  endsOn: 'the end date',
  legalBasisAgreementId: 'the agreement',
  legalBasisCitation: 'the citation',
  escalationMinutes: 'the escalation time',
  reason: 'the reason',
  title: 'the title',
  priority: 'the priority',
  pillar: 'the pillar',
  dueAt: 'the due date',
  assigneeAgencyId: 'the assignee agency',
  assigneeUserId: 'the assignee person',
  agencyId: 'the agency',
  role: 'the role',
  message: 'the message',
  userId: 'the person',
};

/**
 * The server's field messages in plain words: API field names in a message ("endsOn must be on or after startsOn")
 * become the words the form shows ("The end date must be on or after the start date"), then the first letter is
 * capitalised. Compound names (endsOn) are replaced anywhere; plain words (name, role, reason) only when they open
 * the message, since elsewhere they are ordinary English. Messages stay keyed by field, so each lands under it.
 */
export function plainFieldMessages(fields: Readonly<Record<string, string>>, words: Readonly<Record<string, string>> = FIELD_WORDS): Record<string, string> {
  const compound = Object.keys(words).filter((name) => /[A-Z]/.test(name));
  const anywhere = compound.length ? new RegExp(`\\b(${compound.join('|')})\\b`, 'g') : null;
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    let plain = anywhere ? message.replace(anywhere, (name) => words[name] ?? name) : message;
    const first = /^([a-z]+)\b/.exec(plain)?.[1];
    if (first && words[first] && !/[A-Z]/.test(first)) plain = words[first] + plain.slice(first.length);
    result[field] = plain.charAt(0).toUpperCase() + plain.slice(1);
  }
  return result;
}
