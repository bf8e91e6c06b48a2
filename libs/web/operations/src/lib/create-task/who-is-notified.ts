import { Role } from '@taskforce/domain';
import type { AssignableUser } from '@taskforce/web-data-access';
import { messageId, type MessageRef } from '@taskforce/web-ui';

/**
 * Who the server notifies of a new task (docs/api-contract.md): the assignee person, and the active liaison
 * officers of the assignee agency — never the creator. `people` is the agency's active people (assignableUsers)
 * or undefined when not known, in which case the wording stays neutral. Returns the sentence as a message (catalogue
 * `board`) with its values: `person` (the assignee's name), `liaison` (the one liaison officer's name), `count` (how
 * many liaison officers, when more than one) and `agency` (the agency's acronym).
 */
export function describeWhoIsNotified(
  agencyAcronym: string,
  assignee: Pick<AssignableUser, 'id' | 'displayName'> | null,
  people: readonly AssignableUser[] | undefined,
  creatorId: string | undefined,
): MessageRef {
  if (!people) return { id: messageId('board.notified.neutral') };
  const liaisons = people.filter(
    (person) => person.roles.includes(Role.LIAISON_OFFICER) && person.id !== creatorId && person.id !== assignee?.id,
  );
  const person = assignee && assignee.id !== creatorId ? assignee.displayName : undefined;
  const agency = agencyAcronym;
  if (liaisons.length === 1) {
    const liaison = liaisons[0]?.displayName;
    return person
      ? { id: messageId('board.notified.personAndLiaison'), values: { person, liaison, agency } }
      : { id: messageId('board.notified.liaison'), values: { liaison, agency } };
  }
  if (liaisons.length > 1) {
    return person
      ? { id: messageId('board.notified.personAndLiaisons'), values: { person, count: liaisons.length, agency } }
      : { id: messageId('board.notified.liaisons'), values: { count: liaisons.length, agency } };
  }
  if (person) return { id: messageId('board.notified.person'), values: { person } };
  if (assignee && assignee.id === creatorId) return { id: messageId('board.notified.selfOnly') };
  return { id: messageId('board.notified.nobody'), values: { agency } };
}
