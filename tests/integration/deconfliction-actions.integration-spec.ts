import { SelectorHitSweepService } from '@taskforce/api-matching';
import type { RouteRole } from '@taskforce/api-leads';
import { DataCategory, HandlingCode, TlpLabel } from '@taskforce/domain';
import { randomUUID } from 'node:crypto';
import { FIXTURE_PASSWORD, FixtureBuilder, LeadSpec } from '../support/fixture-builder';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * What the two sides of a deconfliction case may do from it: propose a contact, request the holder's lead, and (holder)
 * approve or decline that request through the sharing decision. NL-POL holds three leads, each with one phone number;
 * BE-SIS's liaison officer asks about each. Expected decisions for a share NL-POL → BE-SIS (purpose INVESTIGATION),
 * worked out by hand from tests/support/sharing-law.ts:
 *
 *   lead         markings, categories          hit reveals NL-POL?        share decision
 *   nl-full      GREEN H0, suspects            yes (default REVEAL)       ALLOW (UN-TIP-PROTOCOL covers suspect data)
 *   nl-victims   GREEN H0, victims + suspects  yes                        ALLOW_REDACTED: victim personal data removed
 *                                                                         (rule NL-2; UN-TIP-PROTOCOL does not cover it)
 *   nl-red       RED, nobody named             no (TLP:RED never reveals) DENY (TLP:RED, BE-SIS not named)
 *
 * Who is who: holder = NL-POL's liaison officer; querier = BE-SIS's liaison officer; third = ES-BIP's liaison officer
 * (an agency outside the case); outsider = NL-POL's analyst (the holder's agency, not a liaison officer).
 */
const PHONE = { 'nl-full': '+31 6 1234 5001', 'nl-victims': '+31 6 1234 5002', 'nl-red': '+31 6 1234 5003' } as const;
type Held = keyof typeof PHONE;
const ROUTE = [{ country: 'NL', role: 'ORIGIN' as RouteRole }];
const LEADS: LeadSpec[] = [
  { summary: 'nl-full', by: 'analyst@nl.test', route: ROUTE, tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H0], dataCategories: [DataCategory.SUSPECT_PERSONAL_DATA] },
  { summary: 'nl-victims', by: 'analyst@nl.test', route: ROUTE, tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H0], dataCategories: [DataCategory.VICTIM_PERSONAL_DATA, DataCategory.SUSPECT_PERSONAL_DATA] },
  { summary: 'nl-red', by: 'analyst@nl.test', route: ROUTE, tlp: TlpLabel.RED, handlingCodes: [HandlingCode.H0], dataCategories: [DataCategory.SUSPECT_PERSONAL_DATA] },
];
const EMAIL = { holder: 'liaison@nl.test', querier: 'liaison@be.test', third: 'liaison@es.test', outsider: 'analyst@nl.test', analyst: 'analyst@nl.test' } as const;
type Who = keyof typeof EMAIL;

const REQUEST_FIELDS = 'id status purpose reason decisionReason outcome redactedCategories reasons { code ref } sharedLeadId';
const CASE_FIELDS = `id side ownLeadId holderKnown holderAgency { acronym } queryingAgency { acronym } contacts { fromSide fromAgency { acronym } message } leadRequests { ${REQUEST_FIELDS} }`;
const LIST = `query { deconflictionCases { ${CASE_FIELDS} } }`;
const PREVIEW = 'query($id: ID!) { deconflictionLeadRequestPreview(requestId: $id) { outcome redactedCategories recipientAgency { acronym } reasons { code ref } } }';
const PROPOSE = `mutation($input: ProposeDeconflictionContactInput!) { proposeDeconflictionContact(input: $input) { ${CASE_FIELDS} } }`;
const REQUEST = `mutation($input: RequestDeconflictionLeadInput!) { requestDeconflictionLead(input: $input) { ${CASE_FIELDS} } }`;
const DECIDE = `mutation($input: DecideDeconflictionLeadRequestInput!) { decideDeconflictionLeadRequest(input: $input) { ${CASE_FIELDS} } }`;
const READ_LEAD = 'query($id: ID!) { lead(id: $id) { id summary dataCategories redaction { categories } } }';

describe('deconfliction cases: contact, lead requests and their decision', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const leadId: Record<string, string> = {};
  const caseOf = {} as Record<Held, string>;
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const list = async (who: Who) => {
    const res = await as(who, LIST);
    expect(res.errors).toBeUndefined();
    return res.data!.deconflictionCases as any[];
  };
  const propose = (who: Who, caseId: string, message = 'Call our desk on the Venlo file.') => as(who, PROPOSE, { input: { caseId, message } });
  const request = (who: Who, caseId: string, reason = 'Same recruiter in our investigation.') => as(who, REQUEST, { input: { caseId, reason, purpose: 'INVESTIGATION' } });
  const decide = (who: Who, requestId: string, approve: boolean, reason = 'Agreed at the liaison desk.') => as(who, DECIDE, { input: { requestId, approve, reason } });
  const pendingRequestOf = async (held: Held) => (await list('holder')).find((c) => c.id === caseOf[held]).leadRequests.find((r: any) => r.status === 'PENDING');

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['RO-DIOC']);
    await f.person(PEOPLE['analyst@nl.test'], PEOPLE['liaison@nl.test'], PEOPLE['liaison@be.test'], PEOPLE['liaison@es.test']);
    await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA']);
    await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3']);
    await f.lead(...LEADS);
    Object.assign(leadId, f.leads);
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    for (const held of Object.keys(PHONE) as Held[]) {
      expect((await as('analyst', 'mutation($input: AddLeadSelectorInput!) { addLeadSelector(input: $input) { selector { id } } }', { input: { leadId: leadId[held], kind: 'PHONE', phone: PHONE[held] } })).errors).toBeUndefined();
      const asked = await as('querier', 'query($input: QuerySelectorInput!) { querySelector(input: $input) { hit } }', { input: { kind: 'PHONE', phone: PHONE[held].replace('+', '00'), region: 'BE' } });
      expect(asked.data!.querySelector.hit).toBe(held !== 'nl-red');
    }
    await t.app.get(SelectorHitSweepService).sweep();
    for (const c of await list('holder')) caseOf[(Object.keys(leadId) as Held[]).find((k) => leadId[k] === c.ownLeadId)!] = c.id;
  });
  afterAll(() => t?.close());

  it('lists: the holder sees its three cases, the querier only the two that revealed the holder, a third agency none', async () => {
    expect((await list('holder')).map((c) => c.ownLeadId).sort()).toEqual([leadId['nl-full'], leadId['nl-victims'], leadId['nl-red']].sort());
    const querier = await list('querier');
    expect(querier.map((c) => c.id).sort()).toEqual([caseOf['nl-full'], caseOf['nl-victims']].sort());
    expect(querier.every((c) => c.side === 'QUERIER' && c.ownLeadId === null && c.holderKnown && c.contacts.length === 0 && c.leadRequests.length === 0)).toBe(true);
    expect((await list('holder')).find((c) => c.id === caseOf['nl-red']).holderKnown).toBe(false);
    expect(await list('third')).toEqual([]);
    expect(errorCode(await as('outsider', LIST))).toBe('FORBIDDEN');
  });

  it.each([
    ['third agency', 'third', () => caseOf['nl-full'], 'NOT_FOUND'],
    ['outsider (not a liaison officer)', 'outsider', () => caseOf['nl-full'], 'FORBIDDEN'],
    ['querier, on the hit that did not reveal the holder', 'querier', () => caseOf['nl-red'], 'NOT_FOUND'],
    ['querier, on an unknown case', 'querier', () => randomUUID(), 'NOT_FOUND'],
    ['querier, on a malformed id', 'querier', () => 'case-1', 'NOT_FOUND'],
  ] as Array<[string, Who, () => string, string]>)('propose and request refused: %s (as %s)', async (_name, who, id, code) => {
    const proposed = await propose(who, id());
    const requested = await request(who, id());
    expect([errorCode(proposed), errorCode(requested)]).toEqual([code, code]);
    expect(proposed.errors![0].message).toBe(code === 'NOT_FOUND' ? 'Deconfliction case not found' : proposed.errors![0].message);
  });

  it('a contact proposed by either side is recorded on the case and pushed live to the other side’s liaison officers', async () => {
    const beSocket = await connectSocket(t.url, token.querier);
    const nlSocket = await connectSocket(t.url, token.holder);
    const toBe = recordEvents(beSocket, ['notification']);
    const toNl = recordEvents(nlSocket, ['notification']);
    try {
      const fromHolder = await propose('holder', caseOf['nl-full'], 'Call our desk, ref 12.');
      expect(fromHolder.errors).toBeUndefined();
      await waitFor(() => toBe.length === 1, 5000, 'the querier’s notice');
      expect(toBe[0].payload).toMatchObject({ type: 'DECONFLICTION_CONTACT_PROPOSED', leadId: null, title: 'NL-POL proposes contact on a deconfliction case', body: 'Call our desk, ref 12.' });
      const fromQuerier = await propose('querier', caseOf['nl-full'], 'We call you at 10:00 UTC.');
      expect(fromQuerier.data!.proposeDeconflictionContact.contacts).toEqual([
        { fromSide: 'HOLDER', fromAgency: { acronym: 'NL-POL' }, message: 'Call our desk, ref 12.' },
        { fromSide: 'QUERIER', fromAgency: { acronym: 'BE-SIS' }, message: 'We call you at 10:00 UTC.' },
      ]);
      await waitFor(() => toNl.length === 1, 5000, 'the holder’s notice');
      expect(toNl[0].payload).toMatchObject({ type: 'DECONFLICTION_CONTACT_PROPOSED', leadId: leadId['nl-full'], title: 'BE-SIS proposes contact on a deconfliction case' });
      expect(toBe).toHaveLength(1);
    } finally {
      beSocket.disconnect();
      nlSocket.disconnect();
    }
  });

  it('the holder may not request its own lead; the querier requests it; nothing of the lead shows to the querier before the share', async () => {
    expect(errorCode(await request('holder', caseOf['nl-full']))).toBe('FORBIDDEN');
    const asked = await request('querier', caseOf['nl-full']);
    expect(asked.errors).toBeUndefined();
    const [mine] = asked.data!.requestDeconflictionLead.leadRequests;
    expect(mine).toEqual({ id: expect.any(String), status: 'PENDING', purpose: 'INVESTIGATION', reason: 'Same recruiter in our investigation.', decisionReason: null, outcome: null, redactedCategories: [], reasons: [], sharedLeadId: null });
    expect(errorCode(await request('querier', caseOf['nl-full']))).toBe('CONFLICT');
    expect(errorCode(await as('querier', PREVIEW, { id: mine.id }))).toBe('FORBIDDEN');
    expect(errorCode(await as('third', PREVIEW, { id: mine.id }))).toBe('NOT_FOUND');
    expect(errorCode(await as('outsider', PREVIEW, { id: mine.id }))).toBe('FORBIDDEN');
    expect(errorCode(await as('querier', READ_LEAD, { id: leadId['nl-full'] }))).toBe('NOT_FOUND');
  });

  it('the holder sees the request with the sharing preview; querier, third agency and outsider cannot decide; the holder declines with a reason', async () => {
    const pending = await pendingRequestOf('nl-full');
    expect((await as('holder', PREVIEW, { id: pending.id })).data!.deconflictionLeadRequestPreview).toMatchObject({ outcome: 'ALLOW', redactedCategories: [], recipientAgency: { acronym: 'BE-SIS' } });
    expect(errorCode(await decide('querier', pending.id, true))).toBe('FORBIDDEN');
    expect(errorCode(await decide('third', pending.id, true))).toBe('NOT_FOUND');
    expect(errorCode(await decide('outsider', pending.id, true))).toBe('FORBIDDEN');
    expect(errorCode(await decide('holder', randomUUID(), true))).toBe('NOT_FOUND');
    const declined = await decide('holder', pending.id, false, 'Our file is closed.');
    expect(declined.data!.decideDeconflictionLeadRequest.leadRequests[0]).toMatchObject({ status: 'DECLINED', decisionReason: 'Our file is closed.', outcome: null, sharedLeadId: null });
    expect(errorCode(await decide('holder', pending.id, true))).toBe('CONFLICT');
    expect(errorCode(await as('holder', PREVIEW, { id: pending.id }))).toBe('CONFLICT');
    const querierCase = (await list('querier')).find((c) => c.id === caseOf['nl-full']);
    expect(querierCase.leadRequests[0]).toMatchObject({ status: 'DECLINED', decisionReason: 'Our file is closed.', outcome: null, reasons: [] });
    expect(errorCode(await as('querier', READ_LEAD, { id: leadId['nl-full'] }))).toBe('NOT_FOUND');
  });

  it('a new request approved: the share is made whole (ALLOW), the querier is told live and opens the lead', async () => {
    expect((await request('querier', caseOf['nl-full'])).errors).toBeUndefined();
    const pending = await pendingRequestOf('nl-full');
    const beSocket = await connectSocket(t.url, token.querier);
    const toBe = recordEvents(beSocket, ['notification']);
    try {
      const approved = await decide('holder', pending.id, true);
      expect(approved.errors).toBeUndefined();
      expect(approved.data!.decideDeconflictionLeadRequest.leadRequests.find((r: any) => r.id === pending.id)).toMatchObject({ status: 'SHARED', outcome: 'ALLOW', redactedCategories: [], sharedLeadId: leadId['nl-full'] });
      await waitFor(() => toBe.some((e) => e.payload.type === 'DECONFLICTION_LEAD_REQUEST_DECIDED'), 5000, 'the requester’s notice');
      expect(toBe.find((e) => e.payload.type === 'DECONFLICTION_LEAD_REQUEST_DECIDED')!.payload).toMatchObject({ leadId: leadId['nl-full'], title: 'NL-POL shared its lead with your agency' });
    } finally {
      beSocket.disconnect();
    }
    const read = await as('querier', READ_LEAD, { id: leadId['nl-full'] });
    expect(read.data!.lead).toMatchObject({ id: leadId['nl-full'], summary: 'nl-full', dataCategories: ['SUSPECT_PERSONAL_DATA'] });
    const querierCase = (await list('querier')).find((c) => c.id === caseOf['nl-full']);
    expect(querierCase.leadRequests.map((r: any) => r.status)).toEqual(['SHARED', 'DECLINED']);
  });

  it('when the law says redact, the approved share is ALLOW_REDACTED with the rule, and the querier reads the lead without victim data', async () => {
    expect((await request('querier', caseOf['nl-victims'])).errors).toBeUndefined();
    const preview = (await as('holder', PREVIEW, { id: (await pendingRequestOf('nl-victims')).id })).data!.deconflictionLeadRequestPreview;
    expect(preview).toMatchObject({ outcome: 'ALLOW_REDACTED', redactedCategories: ['VICTIM_PERSONAL_DATA'] });
    expect(preview.reasons.map((r: any) => r.ref)).toContain('NL-2');
    const approved = await decide('holder', (await pendingRequestOf('nl-victims')).id, true);
    const done = approved.data!.decideDeconflictionLeadRequest.leadRequests[0];
    expect(done).toMatchObject({ status: 'SHARED', outcome: 'ALLOW_REDACTED', redactedCategories: ['VICTIM_PERSONAL_DATA'] });
    expect(done.reasons.map((r: any) => r.ref)).toContain('NL-2');
    const read = await as('querier', READ_LEAD, { id: leadId['nl-victims'] });
    expect(read.data!.lead.redaction.categories).toEqual(['VICTIM_PERSONAL_DATA']);
  });

  it('a hidden hit: only the holder may reveal itself by proposing contact; the request it then gets is refused by the law (TLP:RED), which the querier sees only as declined', async () => {
    expect(errorCode(await request('querier', caseOf['nl-red']))).toBe('NOT_FOUND');
    expect((await propose('holder', caseOf['nl-red'], 'We hold something on this number.')).errors).toBeUndefined();
    const seen = (await list('querier')).find((c) => c.id === caseOf['nl-red']);
    expect((await list('holder')).find((c) => c.id === caseOf['nl-red']).holderKnown).toBe(true);
    expect(seen).toMatchObject({ side: 'QUERIER', holderKnown: true, holderAgency: { acronym: 'NL-POL' }, ownLeadId: null, contacts: [{ fromSide: 'HOLDER', message: 'We hold something on this number.' }] });
    expect((await request('querier', caseOf['nl-red'])).errors).toBeUndefined();
    const preview = (await as('holder', PREVIEW, { id: (await pendingRequestOf('nl-red')).id })).data!.deconflictionLeadRequestPreview;
    expect(preview).toMatchObject({ outcome: 'DENY', reasons: expect.arrayContaining([expect.objectContaining({ code: 'TLP_RED_NOT_NAMED' })]) });
    const decided = await decide('holder', (await pendingRequestOf('nl-red')).id, true);
    expect(decided.data!.decideDeconflictionLeadRequest.leadRequests[0]).toMatchObject({ status: 'REFUSED_BY_LAW', outcome: 'DENY', sharedLeadId: null });
    const querierSide = (await list('querier')).find((c) => c.id === caseOf['nl-red']).leadRequests[0];
    expect(querierSide).toMatchObject({ status: 'DECLINED', outcome: null, redactedCategories: [], reasons: [], sharedLeadId: null });
    expect(errorCode(await as('querier', READ_LEAD, { id: leadId['nl-red'] }))).toBe('NOT_FOUND');
  });

  it('every action is audited against the case', async () => {
    const rows = await t.db.query(`SELECT action, count(*)::int AS n FROM audit_entries WHERE action LIKE 'DECONFLICTION_%' GROUP BY action ORDER BY action`);
    expect(rows).toEqual([
      { action: 'DECONFLICTION_CONTACT_PROPOSED', n: 3 },
      { action: 'DECONFLICTION_LEAD_REQUESTED', n: 4 },
      { action: 'DECONFLICTION_LEAD_REQUEST_DECIDED', n: 4 },
    ]);
  });
});
