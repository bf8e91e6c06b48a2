import { speaksForAgency } from '@taskforce/domain';
import type { AgencyInvitationData, Role } from '@taskforce/web-data-access';

/**
 * True when the viewer answers this invitation: it is still pending and the viewer is a coordinator or agency
 * admin of the invited agency (liaison officers only read).
 */
export function canAnswerInvitation(viewer: { userId: string; agencyId: string; roles: readonly Role[] } | null, invitation: Pick<AgencyInvitationData, 'status' | 'agency'>): boolean {
  return !!viewer && invitation.status === 'PENDING' && speaksForAgency(viewer, invitation.agency.id);
}

/** The agency's invitations split into those awaiting an answer and the rest, each in the server's order (newest first). */
export function splitInvitations<T extends Pick<AgencyInvitationData, 'status'>>(invitations: readonly T[]): { pending: T[]; answered: T[] } {
  return {
    pending: invitations.filter((i) => i.status === 'PENDING'),
    answered: invitations.filter((i) => i.status !== 'PENDING'),
  };
}
