import { canReadLead, isShareInEffect, readingShare, ShareReadFacts } from '../read-access';

const NOW = Date.UTC(2026, 5, 1, 12);
const lead = { originatingAgencyId: 'nl' };
const direct: ShareReadFacts = { status: 'ACTIVE', recipientAgencyId: 'ro', basisValidUntil: null, operationParticipants: null };

describe('who reads a lead', () => {
  it('its originating agency, with no share', () => {
    expect(readingShare('nl', lead, [], NOW)).toBeNull();
    expect(canReadLead('nl', lead, [], NOW)).toBe(true);
  });

  it('an agency holding an ACTIVE share, through that share', () => {
    expect(readingShare('ro', lead, [direct], NOW)).toBe(direct);
  });

  it('nobody else: not another agency, not through someone else’s share', () => {
    expect(canReadLead('es', lead, [direct], NOW)).toBe(false);
    expect(canReadLead('es', lead, [], NOW)).toBe(false);
  });

  it.each(['PENDING_APPROVAL', 'REFUSED', 'REVOKED', 'LAPSED'])('not through a %s share', (status) => {
    expect(canReadLead('ro', lead, [{ ...direct, status }], NOW)).toBe(false);
  });

  it('picks the share in effect among the agency’s shares', () => {
    const revoked = { ...direct, status: 'REVOKED' };
    expect(readingShare('ro', lead, [revoked, direct], NOW)).toBe(direct);
  });
});

describe('when a share stops being in effect', () => {
  it('at the instant its legal basis ends (exclusive end), before the lapse sweep marks it', () => {
    expect(isShareInEffect({ ...direct, basisValidUntil: new Date(NOW + 1) }, NOW)).toBe(true);
    expect(isShareInEffect({ ...direct, basisValidUntil: new Date(NOW) }, NOW)).toBe(false);
  });

  it('made through a joint operation: while its recipient takes part in it', () => {
    expect(isShareInEffect({ ...direct, operationParticipants: ['nl', 'ro'] }, NOW)).toBe(true);
    expect(isShareInEffect({ ...direct, operationParticipants: ['nl'] }, NOW)).toBe(false);
  });
});
