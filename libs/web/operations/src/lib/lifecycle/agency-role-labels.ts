import { OperationAgencyRole } from '@taskforce/domain';

/** Words for an agency's role in a joint operation (PARTY / PARTICIPANT are the JIT terms, kept as such). */
export const AGENCY_ROLE_LABELS: Record<OperationAgencyRole, string> = {
  [OperationAgencyRole.PARTY]: 'Party',
  [OperationAgencyRole.PARTICIPANT]: 'Participant',
};
