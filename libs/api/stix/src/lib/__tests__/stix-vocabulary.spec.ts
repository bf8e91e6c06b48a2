import { InformationCredibility } from '@taskforce/domain';
import { CREDIBILITY_CONFIDENCE, credibilityOfConfidence, scoId, uuidV5 } from '../stix-vocabulary';

describe('STIX identifiers', () => {
  it('computes the UUIDv5 test vector of RFC 9562 appendix A.4 (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives an SCO the same id whatever the order of its ID-contributing properties (RFC 8785 key order)', () => {
    expect(scoId('user-account', { account_type: 'telegram', account_login: 'anna_m' })).toBe(scoId('user-account', { account_login: 'anna_m', account_type: 'telegram' }));
  });
});

describe('Admiralty credibility and STIX confidence (STIX 2.1 appendix A, Admiralty Credibility scale)', () => {
  it.each([
    [InformationCredibility.CONFIRMED, 90],
    [InformationCredibility.PROBABLY_TRUE, 70],
    [InformationCredibility.POSSIBLY_TRUE, 50],
    [InformationCredibility.DOUBTFUL, 30],
    [InformationCredibility.IMPROBABLE, 10],
  ])('credibility %s is confidence %i, and back', (credibility, confidence) => {
    expect(CREDIBILITY_CONFIDENCE[credibility]).toBe(confidence);
    expect(credibilityOfConfidence(confidence)).toBe(credibility);
  });

  it('6 (truth cannot be judged) has no confidence; range edges map to their band', () => {
    expect(CREDIBILITY_CONFIDENCE[InformationCredibility.CANNOT_BE_JUDGED]).toBeNull();
    expect([0, 19, 20, 39, 40, 59, 60, 79, 80, 100].map(credibilityOfConfidence)).toEqual(['5', '5', '4', '4', '3', '3', '2', '2', '1', '1']);
  });
});
