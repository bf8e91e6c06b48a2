import { containsPattern, projectionMatches } from '../lead-search';
import { LeadModel } from '../lead.model';

describe('lead search helpers', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(containsPattern('50%_off\\x')).toBe('%50\\%\\_off\\\\x%');
    expect(containsPattern('barge')).toBe('%barge%');
  });

  const lead = {
    summary: 'Forced labour on a barge',
    details: 'removed: suspect personal data — rule NGO-1',
    handlingCondition: null,
    persons: [{ id: 'p', role: 'POTENTIAL_VICTIM', name: null, pseudonym: 'PV-ABC123', description: 'man, 25–29', hasIdentity: false }],
  } as unknown as LeadModel;

  it('matches only the texts the projection holds, ignoring case', () => {
    expect(projectionMatches(lead, 'BARGE')).toBe(true);
    expect(projectionMatches(lead, 'pv-abc')).toBe(true);
    expect(projectionMatches(lead, 'skipper')).toBe(false);
    expect(projectionMatches(lead, 'Dekkers')).toBe(false);
  });
});
