import { AgreementKind, DataCategory, RuleFlow, SharingPurpose } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';
import { RULES } from '../support/sharing-law';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Agreements and jurisdiction rules administered by platform admins: everyone signed in reads them,
 * only platform admins write them; writes are validated (errors name the field), rule versions are never
 * overwritten, stale expectedVersion gives CONFLICT, and every write is audited. Expected values come from the
 * agreements and rules built below (`sharingLaw`):
 *   UN-TIP-PROTOCOL, NL-RO-MLA, NLPOL-SPF-MOU open-ended (in force); NL-TH-PILOT ended 2023-12-31 (expired).
 *   Rules NL-1, NL-2 (versions 1 and 2), NL-3, NGO-1, RO-1.
 */

const EMAIL = {
  admin: 'admin@jtf.test', // JTF-SEC, PLATFORM_ADMIN
  coordinator: 'coordinator@nl.test', // NL-POL, COORDINATOR
  member: 'member@nl.test', // NL-POL, MEMBER
} as const;
type Who = keyof typeof EMAIL;

const AGREEMENT_FIELDS = 'id kind title article parties { kind country agencyId agency { acronym } } dataCategories purposes inForceFrom inForceTo suspended status version';
const RULE_FIELDS = 'id currentVersion retired current { version text effectiveFrom effectiveTo inEffect } versions { version effectiveFrom effectiveTo text conditionJson scopeJson flows whenJson retiredAt }';
const CREATE_AGREEMENT = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
const UPDATE_AGREEMENT = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
const CREATE_RULE = `mutation($input: CreateJurisdictionRuleInput!) { createJurisdictionRule(input: $input) { ${RULE_FIELDS} } }`;
const REVISE_RULE = `mutation($input: ReviseJurisdictionRuleInput!) { reviseJurisdictionRule(input: $input) { ${RULE_FIELDS} } }`;
const RETIRE_RULE = `mutation($id: String!, $v: Int!) { retireJurisdictionRule(id: $id, expectedVersion: $v) { ${RULE_FIELDS} } }`;

const validAgreement = () => ({
  id: 'NL-BE-TEST',
  kind: 'BILATERAL',
  title: 'Test treaty between the Netherlands and Belgium',
  article: 'art. 1',
  parties: [
    { kind: 'COUNTRY', country: 'NL' },
    { kind: 'COUNTRY', country: 'BE' },
  ],
  dataCategories: ['SUSPECT_PERSONAL_DATA', 'LOCATION_DATA'],
  purposes: ['INVESTIGATION'],
  inForceFrom: '2025-01-01',
  inForceTo: null,
});

const validRule = () => ({
  id: 'BE-1',
  effectiveFrom: '2025-01-01',
  scopeJson: JSON.stringify({ kind: 'COUNTRY', country: 'BE' }),
  flows: ['LEAVING'],
  whenJson: JSON.stringify({ purposes: ['PREVENTION'] }),
  conditionJson: JSON.stringify({ kind: 'RESTRICT_CATEGORIES', categories: ['HEALTH_DATA'], effect: 'REQUIRES_APPROVAL' }),
  text: 'Health data leaves Belgium for prevention only with the originator approval (test rule).',
});

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, HEALTH_DATA: HEALTH, LOCATION_DATA: LOCATION } = DataCategory;

/** The task force's sharing law: four agreements (one expired) and five rules, NL-2 in two versions. */
async function sharingLaw(f: FixtureBuilder): Promise<void> {
  await f.agreement(
    { id: 'UN-TIP-PROTOCOL', kind: AgreementKind.MULTILATERAL, title: 'UN Trafficking in Persons Protocol (Palermo, 2000)', countries: ['BE', 'ES', 'NG', 'NL', 'RO', 'TH'], dataCategories: [SUSPECT, LOCATION], purposes: [SharingPurpose.INVESTIGATION, SharingPurpose.PROSECUTION], inForceFrom: '2013-01-01' },
    { id: 'NL-RO-MLA', title: 'Netherlands–Romania mutual legal assistance treaty (fictional)', countries: ['NL', 'RO'], dataCategories: [VICTIM, SUSPECT, LOCATION], purposes: [SharingPurpose.INVESTIGATION, SharingPurpose.PROSECUTION], inForceFrom: '2010-01-01' },
    { id: 'NLPOL-SPF-MOU', kind: AgreementKind.MOU, title: 'Victim referral MoU of the NL police and the Safe Passage Foundation', agencies: ['NL-POL', 'SPF'], dataCategories: [VICTIM, HEALTH, LOCATION], purposes: [SharingPurpose.VICTIM_ASSISTANCE], inForceFrom: '2024-01-01' },
    { id: 'NL-TH-PILOT', title: 'Netherlands–Thailand police exchange pilot (fictional, expired)', countries: ['NL', 'TH'], dataCategories: [SUSPECT], purposes: [SharingPurpose.INVESTIGATION], inForceFrom: '2019-01-01', inForceTo: '2023-12-31' },
  );
  const nl = { kind: 'COUNTRY' as const, country: 'NL' };
  await f.rule(
    RULES['NL-1'],
    { id: 'NL-2', version: 1, effectiveFrom: '2020-01-01', effectiveTo: '2024-12-31', scope: nl, flows: [RuleFlow.LEAVING], when: null, condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM], otherwise: 'REQUIRES_APPROVAL' }, text: "Victims' personal data leaves the Netherlands under an agreement, otherwise case by case." },
    { id: 'NL-2', version: 2, effectiveFrom: '2025-01-01', effectiveTo: null, scope: nl, flows: [RuleFlow.LEAVING], when: null, condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM], otherwise: 'REDACT' }, text: "Victims' personal data leaves the Netherlands only under an agreement; otherwise it is removed." },
    RULES['NL-3'],
    RULES['NGO-1'],
    { id: 'RO-1', version: 1, effectiveFrom: null, effectiveTo: null, scope: { kind: 'COUNTRY', country: 'RO' }, flows: [RuleFlow.LEAVING], when: null, condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM, HEALTH], otherwise: 'REQUIRES_APPROVAL' }, text: 'Victim and health data leave Romania under an agreement, otherwise case by case.' },
  );
}

describe('sharing law: agreements and jurisdiction rules (platform admins)', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  let adminId: string;
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const fields = (res: GqlResponse) => ((res.errors?.[0]?.extensions?.['fields'] ?? []) as Array<{ field: string; message: string }>).map((f) => f.field);
  const auditCount = async (action: string): Promise<number> => Number((await t.db.query('SELECT count(*)::int AS n FROM audit_entries WHERE action = $1 AND actor_user_id = $2', [action, adminId]))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ LEAD_LAPSE_CHECK_SECONDS: '0' }, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES.SPF, AGENCIES['JTF-SEC']);
    await f.person(PEOPLE[EMAIL.admin], PEOPLE[EMAIL.coordinator], PEOPLE[EMAIL.member]);
    await sharingLaw(f);
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    adminId = f.people[EMAIL.admin];
  });
  afterAll(() => t.close());

  describe('reading', () => {
    it('any signed-in user lists the agreements with their status now; the expired one is shown as such', async () => {
      const res = await as('member', `{ agreements { id status suspended version } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data!.agreements).toEqual([
        { id: 'NL-RO-MLA', status: 'IN_FORCE', suspended: false, version: 1 },
        { id: 'NL-TH-PILOT', status: 'EXPIRED', suspended: false, version: 1 },
        { id: 'NLPOL-SPF-MOU', status: 'IN_FORCE', suspended: false, version: 1 },
        { id: 'UN-TIP-PROTOCOL', status: 'IN_FORCE', suspended: false, version: 1 },
      ]);
    });

    it('agency parties name their agency; an unknown id is NOT_FOUND', async () => {
      const mou = await as('member', `{ agreement(id: "NLPOL-SPF-MOU") { parties { kind agency { acronym } } } }`);
      expect(mou.data!.agreement.parties).toEqual([
        { kind: 'AGENCY', agency: { acronym: 'NL-POL' } },
        { kind: 'AGENCY', agency: { acronym: 'SPF' } },
      ]);
      expect(errorCode(await as('member', `{ agreement(id: "NO-SUCH") { id } }`))).toBe('NOT_FOUND');
    });

    it('rules show their current version; with history NL-2 has versions 2 and 1', async () => {
      const current = await as('member', `{ jurisdictionRules { id currentVersion versions { version } } }`);
      expect(current.data!.jurisdictionRules).toEqual([
        { id: 'NGO-1', currentVersion: 1, versions: [{ version: 1 }] },
        { id: 'NL-1', currentVersion: 1, versions: [{ version: 1 }] },
        { id: 'NL-2', currentVersion: 2, versions: [{ version: 2 }] },
        { id: 'NL-3', currentVersion: 1, versions: [{ version: 1 }] },
        { id: 'RO-1', currentVersion: 1, versions: [{ version: 1 }] },
      ]);
      const history = await as('member', `{ jurisdictionRules(includeHistory: true) { id versions { version effectiveFrom effectiveTo } } }`);
      expect(history.data!.jurisdictionRules.find((r: any) => r.id === 'NL-2').versions).toEqual([
        { version: 2, effectiveFrom: '2025-01-01', effectiveTo: null },
        { version: 1, effectiveFrom: '2020-01-01', effectiveTo: '2024-12-31' },
      ]);
      const one = await as('member', `{ jurisdictionRule(id: "NL-3") { id current { conditionJson scopeJson flows inEffect } } }`);
      const nl3 = one.data!.jurisdictionRule.current;
      expect(JSON.parse(nl3.conditionJson)).toEqual({ kind: 'RESTRICT_CATEGORIES', categories: ['HEALTH_DATA'], effect: 'REQUIRES_APPROVAL' });
      expect(JSON.parse(nl3.scopeJson)).toEqual({ kind: 'COUNTRY', country: 'NL' });
      expect([nl3.flows, nl3.inEffect]).toEqual([['LEAVING'], true]);
      expect(errorCode(await as('member', `{ jurisdictionRule(id: "XX-9") { id } }`))).toBe('NOT_FOUND');
    });
  });

  describe('only platform admins write', () => {
    it('a coordinator gets FORBIDDEN on every write and nothing changes', async () => {
      expect(errorCode(await as('coordinator', CREATE_AGREEMENT, { input: validAgreement() }))).toBe('FORBIDDEN');
      expect(errorCode(await as('coordinator', UPDATE_AGREEMENT, { input: { id: 'UN-TIP-PROTOCOL', expectedVersion: 1, suspended: true } }))).toBe('FORBIDDEN');
      expect(errorCode(await as('coordinator', CREATE_RULE, { input: validRule() }))).toBe('FORBIDDEN');
      expect(errorCode(await as('coordinator', REVISE_RULE, { input: { id: 'NL-3', expectedVersion: 1, text: 'Changed by someone who may not change it.' } }))).toBe('FORBIDDEN');
      expect(errorCode(await as('member', RETIRE_RULE, { id: 'NL-3', v: 1 }))).toBe('FORBIDDEN');
      expect(await t.db.query(`SELECT id, version, suspended FROM agreements WHERE id IN ('NL-BE-TEST','UN-TIP-PROTOCOL')`)).toEqual([{ id: 'UN-TIP-PROTOCOL', version: 1, suspended: false }]);
      expect(await t.db.query(`SELECT id, version, effective_to FROM jurisdiction_rules WHERE id IN ('BE-1','NL-3') ORDER BY id, version`)).toEqual([{ id: 'NL-3', version: 1, effective_to: null }]);
    });
  });

  describe('validation names the field', () => {
    const agreementError = async (patch: Record<string, unknown>) => {
      const res = await as('admin', CREATE_AGREEMENT, { input: { ...validAgreement(), ...patch } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return res;
    };

    it('a date-time without a zone, an impossible date, an end before the start', async () => {
      expect(fields(await agreementError({ inForceFrom: '2025-01-01T09:00:00' }))).toEqual(['inForceFrom']);
      expect(fields(await agreementError({ inForceTo: '2025-02-30' }))).toEqual(['inForceTo']);
      expect(fields(await agreementError({ inForceFrom: '2025-06-01', inForceTo: '2025-05-31' }))).toEqual(['inForceTo']);
    });

    it('unknown countries and agencies in parties, one party, a party listed twice, no parties', async () => {
      expect(fields(await agreementError({ parties: [{ kind: 'COUNTRY', country: 'XZ' }, { kind: 'COUNTRY', country: 'BE' }] }))).toEqual(['parties.0.country']);
      expect(fields(await agreementError({ parties: [{ kind: 'COUNTRY', country: 'NL' }, { kind: 'AGENCY', agencyId: '00000000-0000-4000-8000-000000000000' }] }))).toEqual(['parties.1.agencyId']);
      expect(fields(await agreementError({ parties: [{ kind: 'COUNTRY', country: 'NL' }, { kind: 'COUNTRY', country: 'NL' }] }))).toEqual(['parties.1']);
      expect(fields(await agreementError({ parties: [] }))).toEqual(['parties']);
      // A bilateral agreement has exactly two parties.
      const three = [{ kind: 'COUNTRY', country: 'NL' }, { kind: 'COUNTRY', country: 'BE' }, { kind: 'COUNTRY', country: 'ES' }];
      const bilateral = await agreementError({ parties: three });
      expect(fields(bilateral)).toEqual(['parties']);
      expect(bilateral.errors![0].message).toContain('exactly two parties');
    });

    it('unknown categories and purposes are refused by the schema, naming the field', async () => {
      const category = await as('admin', CREATE_AGREEMENT, { input: { ...validAgreement(), dataCategories: ['DNA_DATA'] } });
      expect(errorCode(category)).toBe('BAD_USER_INPUT');
      expect(category.errors![0].message).toContain('dataCategories');
      const purpose = await as('admin', CREATE_AGREEMENT, { input: { ...validAgreement(), purposes: ['CURIOSITY'] } });
      expect(errorCode(purpose)).toBe('BAD_USER_INPUT');
      expect(purpose.errors![0].message).toContain('purposes');
      expect(fields(await agreementError({ purposes: [] }))).toEqual(['purposes']);
    });

    it('an id already in use', async () => {
      expect(fields(await agreementError({ id: 'NL-RO-MLA' }))).toEqual(['id']);
    });

    it('rules: bad JSON, unknown condition kind, unknown country in scope, unknown purpose in when, date without zone', async () => {
      const ruleError = async (patch: Record<string, unknown>) => {
        const res = await as('admin', CREATE_RULE, { input: { ...validRule(), ...patch } });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        return fields(res);
      };
      expect(await ruleError({ conditionJson: '{"kind":' })).toEqual(['conditionJson']);
      expect(await ruleError({ conditionJson: JSON.stringify({ kind: 'ALWAYS_ALLOW' }) })).toEqual(['conditionJson.kind']);
      expect(await ruleError({ conditionJson: JSON.stringify({ kind: 'RESTRICT_CATEGORIES', categories: ['DNA_DATA'], effect: 'REDACT' }) })).toEqual(['conditionJson.categories.0']);
      expect(await ruleError({ conditionJson: JSON.stringify({ kind: 'RESTRICT_FLOW', effect: 'REDACT' }) })).toEqual(['conditionJson.effect']);
      expect(await ruleError({ scopeJson: JSON.stringify({ kind: 'COUNTRY', country: 'ZZ' }) })).toEqual(['scopeJson.country']);
      expect(await ruleError({ scopeJson: JSON.stringify({ kind: 'AGENCY_KIND', agencyKind: 'CLUB' }) })).toEqual(['scopeJson.agencyKind']);
      expect(await ruleError({ whenJson: JSON.stringify({ purposes: ['CURIOSITY'] }) })).toEqual(['whenJson.purposes.0']);
      expect(await ruleError({ whenJson: JSON.stringify({ weekday: 'MONDAY' }) })).toEqual(['whenJson.weekday']);
      expect(await ruleError({ effectiveFrom: '2025-01-01T00:00:00' })).toEqual(['effectiveFrom']);
      expect(await ruleError({ id: 'NL-2' })).toEqual(['id']);
      expect(await t.db.query(`SELECT id FROM jurisdiction_rules WHERE id = 'BE-1'`)).toEqual([]);
    });
  });

  describe('writes', () => {
    it('creates an agreement (version 1, audited), updates and suspends it with expectedVersion; a stale version is CONFLICT', async () => {
      const created = await as('admin', CREATE_AGREEMENT, { input: validAgreement() });
      expect(created.errors).toBeUndefined();
      expect(created.data!.createAgreement).toMatchObject({ id: 'NL-BE-TEST', status: 'IN_FORCE', version: 1, dataCategories: ['SUSPECT_PERSONAL_DATA', 'LOCATION_DATA'] });
      expect(await auditCount('AGREEMENT_CREATED')).toBe(1);

      const suspended = await as('admin', UPDATE_AGREEMENT, { input: { id: 'NL-BE-TEST', expectedVersion: 1, suspended: true, title: 'Test treaty NL–BE (suspended)' } });
      expect(suspended.errors).toBeUndefined();
      expect(suspended.data!.updateAgreement).toMatchObject({ version: 2, suspended: true, status: 'SUSPENDED', title: 'Test treaty NL–BE (suspended)', inForceFrom: '2025-01-01' });

      const stale = await as('admin', UPDATE_AGREEMENT, { input: { id: 'NL-BE-TEST', expectedVersion: 1, suspended: false } });
      expect(errorCode(stale)).toBe('CONFLICT');
      expect((await t.db.query(`SELECT version, suspended FROM agreements WHERE id = 'NL-BE-TEST'`))[0]).toEqual({ version: 2, suspended: true });

      const ended = await as('admin', UPDATE_AGREEMENT, { input: { id: 'NL-BE-TEST', expectedVersion: 2, suspended: false, inForceTo: '2025-12-31' } });
      expect(ended.data!.updateAgreement).toMatchObject({ version: 3, suspended: false, status: 'EXPIRED', inForceTo: '2025-12-31' });
      expect(await auditCount('AGREEMENT_UPDATED')).toBe(2);
      const [entry] = await t.db.query(`SELECT subject_type, subject_id, details FROM audit_entries WHERE action = 'AGREEMENT_UPDATED' ORDER BY seq DESC LIMIT 1`);
      expect(entry).toMatchObject({ subject_type: 'AGREEMENT', subject_id: 'NL-BE-TEST', details: { agreementId: 'NL-BE-TEST', version: 3, changes: ['inForceTo', 'suspended'] } });

      expect(errorCode(await as('admin', UPDATE_AGREEMENT, { input: { id: 'NO-SUCH', expectedVersion: 1, suspended: true } }))).toBe('NOT_FOUND');
      expect(fields(await as('admin', UPDATE_AGREEMENT, { input: { id: 'NL-BE-TEST', expectedVersion: 3, inForceTo: '2024-13-01' } }))).toEqual(['inForceTo']);
    });

    it('creates a rule, revises it into version 2 keeping version 1, refuses a stale revision, retires it', async () => {
      const created = await as('admin', CREATE_RULE, { input: validRule() });
      expect(created.errors).toBeUndefined();
      expect(created.data!.createJurisdictionRule).toMatchObject({ id: 'BE-1', currentVersion: 1, retired: false, current: { version: 1, effectiveFrom: '2025-01-01', effectiveTo: null, inEffect: true } });

      const revised = await as('admin', REVISE_RULE, {
        input: { id: 'BE-1', expectedVersion: 1, effectiveFrom: '2026-01-01T00:00:00Z', conditionJson: JSON.stringify({ kind: 'RESTRICT_CATEGORIES', categories: ['HEALTH_DATA'], effect: 'DENY' }) },
      });
      expect(revised.errors).toBeUndefined();
      const rule = revised.data!.reviseJurisdictionRule;
      expect(rule.currentVersion).toBe(2);
      expect(rule.versions.map((v: any) => [v.version, v.effectiveFrom, v.effectiveTo])).toEqual([
        [2, '2026-01-01T00:00:00Z', null],
        [1, '2025-01-01', '2026-01-01T00:00:00Z'],
      ]);
      // Version 1 keeps its condition and text; version 2 takes the fields not given from version 1.
      expect(JSON.parse(rule.versions[1].conditionJson)).toEqual({ kind: 'RESTRICT_CATEGORIES', categories: ['HEALTH_DATA'], effect: 'REQUIRES_APPROVAL' });
      expect(JSON.parse(rule.versions[0].conditionJson)).toEqual({ kind: 'RESTRICT_CATEGORIES', categories: ['HEALTH_DATA'], effect: 'DENY' });
      expect(rule.versions[0].text).toBe(validRule().text);
      expect(JSON.parse(rule.versions[0].whenJson)).toEqual({ purposes: ['PREVENTION'] });

      expect(errorCode(await as('admin', REVISE_RULE, { input: { id: 'BE-1', expectedVersion: 1, text: 'A revision based on version 1, which is no longer current.' } }))).toBe('CONFLICT');
      expect(errorCode(await as('admin', RETIRE_RULE, { id: 'BE-1', v: 1 }))).toBe('CONFLICT');
      expect(fields(await as('admin', REVISE_RULE, { input: { id: 'BE-1', expectedVersion: 2, effectiveFrom: '2024-01-01' } }))).toEqual(['effectiveFrom']);
      expect(errorCode(await as('admin', REVISE_RULE, { input: { id: 'XX-9', expectedVersion: 1 } }))).toBe('NOT_FOUND');

      const before = Date.now();
      const retired = await as('admin', RETIRE_RULE, { id: 'BE-1', v: 2 });
      expect(retired.errors).toBeUndefined();
      const r = retired.data!.retireJurisdictionRule;
      expect(r).toMatchObject({ retired: true, currentVersion: 2 });
      expect(r.versions).toHaveLength(2);
      expect(Date.parse(r.current.effectiveTo)).toBeGreaterThanOrEqual(before);
      expect(r.current.inEffect).toBe(false);
      expect(errorCode(await as('admin', RETIRE_RULE, { id: 'BE-1', v: 2 }))).toBe('BAD_USER_INPUT');

      const rows = await t.db.query(`SELECT version, (condition->>'effect') AS effect FROM jurisdiction_rules WHERE id = 'BE-1' ORDER BY version`);
      expect(rows).toEqual([
        { version: 1, effect: 'REQUIRES_APPROVAL' },
        { version: 2, effect: 'DENY' },
      ]);
      expect([await auditCount('JURISDICTION_RULE_CREATED'), await auditCount('JURISDICTION_RULE_REVISED'), await auditCount('JURISDICTION_RULE_RETIRED')]).toEqual([1, 1, 1]);
    });

    it('the audit chain still verifies after the admin writes', async () => {
      const res = await as('admin', `{ auditChainStatus { ok firstBrokenSeq } }`);
      expect(res.data!.auditChainStatus).toEqual({ ok: true, firstBrokenSeq: null });
    });
  });
});
