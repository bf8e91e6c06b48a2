import { OperationAgencyRole } from '@taskforce/domain';
import { messageId } from '@taskforce/web-ui';

/**
 * Message ids (catalogue `operation`) of the words for an agency's role in a joint operation (PARTY / PARTICIPANT
 * are the JIT terms, kept as such).
 */
export const AGENCY_ROLE_LABELS: Record<OperationAgencyRole, string> = {
  [OperationAgencyRole.PARTY]: messageId('agencies.role.party'),
  [OperationAgencyRole.PARTICIPANT]: messageId('agencies.role.participant'),
};
