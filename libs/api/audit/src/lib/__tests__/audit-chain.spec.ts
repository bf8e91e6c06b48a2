import { AuditFields, canonicalEntry, canonicalJson, GENESIS_HASH, hashEntry } from '../audit-chain';

const entry = (over: Partial<AuditFields> = {}): AuditFields => ({
  seq: 1,
  at: new Date('2026-11-29T12:00:00.123Z'),
  actorUserId: '00000000-0000-4000-8000-000000000001',
  actorAgencyId: '00000000-0000-4000-8000-000000000002',
  action: 'LEAD_READ',
  subjectType: 'LEAD',
  subjectId: '00000000-0000-4000-8000-000000000003',
  reason: null,
  clientAddress: '127.0.0.1',
  details: { leadId: '00000000-0000-4000-8000-000000000003', decisions: [{ outcome: 'ALLOW', recipientAgencyId: 'x' }] },
  prevHash: GENESIS_HASH,
  ...over,
});

describe('audit chain hashing', () => {
  it('canonical JSON sorts keys at every level (jsonb does not keep key order)', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });

  it('the hash is SHA-256 hex of the documented serialisation and does not depend on key order', () => {
    const e = entry();
    expect(canonicalEntry(e)).toBe(
      JSON.stringify(['taskforce-audit-v1', 1, '2026-11-29T12:00:00.123Z', e.actorUserId, e.actorAgencyId, 'LEAD_READ', 'LEAD', e.subjectId, null, '127.0.0.1', canonicalJson(e.details), GENESIS_HASH]),
    );
    expect(hashEntry(e)).toMatch(/^[0-9a-f]{64}$/);
    const reordered = entry({ details: { decisions: [{ recipientAgencyId: 'x', outcome: 'ALLOW' }], leadId: e.subjectId } });
    expect(hashEntry(reordered)).toBe(hashEntry(e));
  });

  it('any field change, including prev_hash, changes the hash', () => {
    const base = hashEntry(entry());
    for (const over of [{ seq: 2 }, { reason: 'x' }, { action: 'LEAD_CREATED' }, { clientAddress: null }, { prevHash: 'f'.repeat(64) }, { at: new Date('2026-11-29T12:00:00.124Z') }]) {
      expect(hashEntry(entry(over))).not.toBe(base);
    }
  });
});
