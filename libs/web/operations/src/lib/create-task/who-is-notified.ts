import { Role } from '@taskforce/domain';
import type { AssignableUser } from '@taskforce/web-data-access';

/**
 * Who the server notifies of a new task (docs/api-contract.md): the assignee person, and the active liaison
 * officers of the assignee agency — never the creator. `people` is the agency's active people (assignableUsers)
 * or undefined when not known, in which case the wording stays neutral.
 */
export function describeWhoIsNotified(
  agencyAcronym: string,
  assignee: Pick<AssignableUser, 'id' | 'displayName'> | null,
  people: readonly AssignableUser[] | undefined,
  creatorId: string | undefined,
): string {
  if (!people) return 'The assignee agency has been notified.';
  const liaisons = people.filter(
    (person) => person.roles.includes(Role.LIAISON_OFFICER) && person.id !== creatorId && person.id !== assignee?.id,
  );
  const told: string[] = [];
  if (assignee && assignee.id !== creatorId) told.push(assignee.displayName);
  if (liaisons.length === 1) told.push(`${liaisons[0]?.displayName}, liaison officer of ${agencyAcronym}`);
  if (liaisons.length > 1) told.push(`the ${liaisons.length} liaison officers of ${agencyAcronym}`);
  if (told.length === 0 && assignee && assignee.id === creatorId) return 'It is assigned to you; nobody else was notified.';
  if (told.length === 0) {
    return `Nobody at ${agencyAcronym} was notified (the agency has no liaison officer here): let them know another way.`;
  }
  return `Notified: ${told.join(' and ')}.`;
}
