import { agreementOf, AgreementEntity, JurisdictionRuleEntity, ruleOf } from '@taskforce/api-jurisdiction';
import {
  AgreementKind,
  DataCategory,
  decideSharing,
  shareRequest,
  FormOfExploitation,
  HandlingCode,
  InformationCredibility,
  RuleFlow,
  SharingOutcome,
  SharingPurpose,
  SourceReliability,
  TlpLabel,
  AgencyKind,
} from '@taskforce/domain';
import { OperationPolicy } from '@taskforce/api-operations';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { LeadEntity, LeadPersonEntity, LeadPersonRole, LeadShareEntity, LeadShareStatus, LeadStatus, RouteRole, shareLawColumns } from '@taskforce/api-leads';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, HEALTH_DATA: HEALTH, FINANCIAL_DATA: FINANCIAL, LOCATION_DATA: LOCATION, COMMUNICATIONS_DATA: COMMS } = DataCategory;

/**
 * Demo agreements (engine shape). UN-TIP-PROTOCOL: every demo country is a party (../shared/data/palermo:
 * NG 2001, RO 2002, ES 2002, BE 2004, NL 2005, TH 2012 — years only, so in force for all six from 2013-01-01).
 * NL-RO-MLA is a fictional bilateral treaty; NLPOL-SPF-MOU an agency-level MoU with the NGO; NL-TH-PILOT expired.
 */
export const DEMO_AGREEMENTS: ReadonlyArray<Omit<AgreementEntity, 'createdAt' | 'updatedAt' | 'version' | 'parties'> & { parties: Array<{ kind: 'COUNTRY'; country: string } | { kind: 'AGENCY'; agency: string }> }> = [
  {
    id: 'UN-TIP-PROTOCOL',
    kind: AgreementKind.MULTILATERAL,
    title: 'UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children (Palermo, 2000)',
    article: 'art. 10(1) and 10(3)',
    parties: ['BE', 'ES', 'NG', 'NL', 'RO', 'TH'].map((country) => ({ kind: 'COUNTRY' as const, country })),
    dataCategories: [SUSPECT, LOCATION, COMMS],
    purposes: [SharingPurpose.INVESTIGATION, SharingPurpose.PROSECUTION, SharingPurpose.PREVENTION, SharingPurpose.ANALYSIS],
    inForceFrom: '2013-01-01',
    inForceTo: null,
    suspended: false,
  },
  {
    id: 'NL-RO-MLA',
    kind: AgreementKind.BILATERAL,
    title: 'Treaty on mutual legal assistance in criminal matters between the Netherlands and Romania (fictional demo treaty)',
    article: 'art. 4 and 11',
    parties: [
      { kind: 'COUNTRY', country: 'NL' },
      { kind: 'COUNTRY', country: 'RO' },
    ],
    dataCategories: [VICTIM, SUSPECT, FINANCIAL, LOCATION, COMMS],
    purposes: [SharingPurpose.INVESTIGATION, SharingPurpose.PROSECUTION],
    inForceFrom: '2010-01-01',
    inForceTo: null,
    suspended: false,
  },
  {
    id: 'NLPOL-SPF-MOU',
    kind: AgreementKind.MOU,
    title: 'Memorandum of understanding on victim referral between the Netherlands Police and the Safe Passage Foundation',
    article: 'clause 3',
    parties: [
      { kind: 'AGENCY', agency: 'NL-POL' },
      { kind: 'AGENCY', agency: 'SPF' },
    ],
    dataCategories: [VICTIM, HEALTH, LOCATION],
    purposes: [SharingPurpose.VICTIM_ASSISTANCE],
    inForceFrom: '2024-01-01',
    inForceTo: null,
    suspended: false,
  },
  {
    id: 'NL-TH-PILOT',
    kind: AgreementKind.BILATERAL,
    title: 'Netherlands–Thailand police information-exchange pilot (fictional, expired)',
    article: null,
    parties: [
      { kind: 'COUNTRY', country: 'NL' },
      { kind: 'COUNTRY', country: 'TH' },
    ],
    dataCategories: [VICTIM, SUSPECT, HEALTH, FINANCIAL, LOCATION, COMMS],
    purposes: [SharingPurpose.INVESTIGATION],
    inForceFrom: '2019-01-01',
    inForceTo: '2023-12-31',
    suspended: false,
  },
];

/** Demo jurisdiction rules (engine shape), citing ../shared/LEGAL-CONTEXT.md. NL-2 has two versions. */
export const DEMO_RULES: ReadonlyArray<Omit<JurisdictionRuleEntity, 'createdAt' | 'createdById' | 'retiredAt'>> = [
  {
    id: 'NL-1',
    version: 1,
    effectiveFrom: null,
    effectiveTo: null,
    scope: { kind: 'COUNTRY', country: 'NL' },
    flows: [RuleFlow.WITHIN],
    when: null,
    condition: { kind: 'LEGAL_BASIS', law: 'Police Data Act (Wet politiegegevens)' },
    text: 'Inside the Netherlands, police data goes to other authorities and partners under the Police Data Act (Wet politiegegevens).',
  },
  {
    id: 'NL-2',
    version: 1,
    effectiveFrom: '2020-01-01',
    effectiveTo: '2024-12-31',
    scope: { kind: 'COUNTRY', country: 'NL' },
    flows: [RuleFlow.LEAVING],
    when: null,
    condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM], otherwise: 'REQUIRES_APPROVAL' },
    text: "Victims' personal data leaves the Netherlands only under an agreement covering it, otherwise case by case — Directive (EU) 2016/680 art. 35–38; Palermo Protocol art. 6.",
  },
  {
    id: 'NL-2',
    version: 2,
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    scope: { kind: 'COUNTRY', country: 'NL' },
    flows: [RuleFlow.LEAVING],
    when: null,
    condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM], otherwise: 'REDACT' },
    text: "Victims' personal data leaves the Netherlands only under an agreement covering it; otherwise it is removed — Directive (EU) 2016/680 art. 35–37; Palermo Protocol art. 6.",
  },
  {
    id: 'NL-3',
    version: 1,
    effectiveFrom: null,
    effectiveTo: null,
    scope: { kind: 'COUNTRY', country: 'NL' },
    flows: [RuleFlow.LEAVING],
    when: null,
    condition: { kind: 'RESTRICT_CATEGORIES', categories: [HEALTH], effect: 'REQUIRES_APPROVAL' },
    text: "Health data (e.g. organ-removal cases) leaves the Netherlands only with the originator's approval — GDPR (EU) 2016/679 art. 9; Council of Europe Convention against Trafficking in Human Organs (CETS 216).",
  },
  {
    id: 'NGO-1',
    version: 1,
    effectiveFrom: null,
    effectiveTo: null,
    scope: { kind: 'AGENCY_KIND', agencyKind: AgencyKind.NGO },
    flows: [RuleFlow.ENTERING],
    when: null,
    condition: { kind: 'RESTRICT_CATEGORIES', categories: [SUSPECT], effect: 'REDACT' },
    text: 'NGOs receive no suspect personal data: they fall under the GDPR (EU) 2016/679, not the Law Enforcement Directive (EU) 2016/680, and have no basis to receive it.',
  },
  {
    id: 'RO-1',
    version: 1,
    effectiveFrom: null,
    effectiveTo: null,
    scope: { kind: 'COUNTRY', country: 'RO' },
    flows: [RuleFlow.LEAVING],
    when: null,
    condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM, HEALTH], otherwise: 'REQUIRES_APPROVAL' },
    text: 'Victim and health data leave Romania only under an agreement covering them, otherwise case by case — Directive (EU) 2016/680 art. 37–38; Palermo Protocol art. 6.',
  },
];

interface DemoLead {
  key: string;
  by: string;
  agency: string;
  operation: string | null;
  lead: Pick<LeadEntity, 'summary' | 'details' | 'formOfExploitation' | 'route' | 'dataCategories' | 'tlp' | 'sourceReliability' | 'informationCredibility' | 'handlingCodes' | 'handlingCondition' | 'status'>;
  named?: string[];
  persons: Array<{ role: LeadPersonRole; name?: string; description: string }>;
  shares: Array<{ to: string; purpose: SharingPurpose }>;
}

/** Demo leads (fictional people only). Who may read which is spelled out in tests/integration/leads-*.integration-spec.ts. */
export const DEMO_LEADS: readonly DemoLead[] = [
  {
    key: 'danube-recruiters',
    by: 'coordinator@demo.test',
    agency: 'NL-POL',
    operation: 'Joint Operation Danube Route',
    lead: {
      summary: 'Recruiters moving Romanian women through Rotterdam to Valencia',
      details: 'Two recruiters advertise hospitality jobs in Constanța; the women travel by minibus via Rotterdam to Valencia. A potential victim called the shelter hotline.',
      formOfExploitation: FormOfExploitation.SEXUAL_EXPLOITATION,
      route: [
        { country: 'RO', role: RouteRole.ORIGIN },
        { country: 'NL', role: RouteRole.TRANSIT },
        { country: 'ES', role: RouteRole.DESTINATION },
      ],
      dataCategories: [VICTIM, SUSPECT, LOCATION],
      tlp: TlpLabel.AMBER,
      sourceReliability: SourceReliability.B,
      informationCredibility: InformationCredibility.PROBABLY_TRUE,
      handlingCodes: [HandlingCode.H2],
      handlingCondition: null,
      status: LeadStatus.UNDER_ASSESSMENT,
    },
    persons: [
      { role: LeadPersonRole.SUSPECT, name: 'Dorin Vlasic (fictional)', description: 'recruiter, Constanța' },
      { role: LeadPersonRole.POTENTIAL_VICTIM, description: 'woman, 20–24' },
    ],
    shares: [
      { to: 'RO-DIOC', purpose: SharingPurpose.INVESTIGATION },
      { to: 'BE-SIS', purpose: SharingPurpose.INVESTIGATION },
    ],
  },
  {
    key: 'coastal-brokers',
    by: 'th-coordinator@demo.test',
    agency: 'TH-AHTD',
    operation: 'Joint Operation Coastal Harvest',
    lead: {
      summary: 'Brokers recruiting Nigerian deckhands for long-haul fishing vessels',
      details: 'A broker known as "Captain Sunny" collects passports in Lagos; vessels sail from Songkhla. Phone numbers from recruitment chats attached.',
      formOfExploitation: FormOfExploitation.FORCED_LABOUR,
      route: [
        { country: 'NG', role: RouteRole.ORIGIN },
        { country: 'TH', role: RouteRole.DESTINATION },
      ],
      dataCategories: [SUSPECT, LOCATION, COMMS],
      tlp: TlpLabel.GREEN,
      sourceReliability: SourceReliability.C,
      informationCredibility: InformationCredibility.POSSIBLY_TRUE,
      handlingCodes: [HandlingCode.H0],
      handlingCondition: null,
      status: LeadStatus.NEW,
    },
    persons: [{ role: LeadPersonRole.SUSPECT, name: '"Captain Sunny" (fictional)', description: 'broker, Lagos' }],
    shares: [{ to: 'NG-NATA', purpose: SharingPurpose.INVESTIGATION }],
  },
  {
    key: 'organ-offers',
    by: 'liaison@demo.test',
    agency: 'RO-DIOC',
    operation: null,
    lead: {
      summary: 'Kidney sale offers to indebted workers, surgery arranged in Spain',
      details: 'Debt collectors offer to clear debts against a kidney; medical screening in Bucharest, payments through a money-transfer shop.',
      formOfExploitation: FormOfExploitation.REMOVAL_OF_ORGANS,
      route: [
        { country: 'RO', role: RouteRole.ORIGIN },
        { country: 'ES', role: RouteRole.DESTINATION },
      ],
      dataCategories: [VICTIM, HEALTH, FINANCIAL],
      tlp: TlpLabel.RED,
      sourceReliability: SourceReliability.A,
      informationCredibility: InformationCredibility.CONFIRMED,
      handlingCodes: [HandlingCode.H1, HandlingCode.H3],
      handlingCondition: 'Not to be acted on before the joint action day; contact RO-DIOC first.',
      status: LeadStatus.NEW,
    },
    named: ['ES-BIP'],
    persons: [{ role: LeadPersonRole.POTENTIAL_VICTIM, description: 'man, 30–34' }],
    shares: [],
  },
  {
    key: 'barge-crew',
    by: 'coordinator@demo.test',
    agency: 'NL-POL',
    operation: null,
    lead: {
      summary: 'Forced labour on a Rotterdam-registered barge; crew recruited in Nigeria',
      details: 'Crew work 16-hour shifts without pay; the skipper keeps their papers. Two crew members were referred to the shelter.',
      formOfExploitation: FormOfExploitation.FORCED_LABOUR,
      route: [
        { country: 'NG', role: RouteRole.ORIGIN },
        { country: 'ES', role: RouteRole.TRANSIT },
        { country: 'NL', role: RouteRole.DESTINATION },
      ],
      dataCategories: [VICTIM, SUSPECT, LOCATION],
      tlp: TlpLabel.AMBER_STRICT,
      sourceReliability: SourceReliability.B,
      informationCredibility: InformationCredibility.POSSIBLY_TRUE,
      handlingCodes: [],
      handlingCondition: null,
      status: LeadStatus.ACTIONED,
    },
    persons: [
      { role: LeadPersonRole.SUSPECT, name: 'Hendrik Dekkers (fictional)', description: 'skipper' },
      { role: LeadPersonRole.POTENTIAL_VICTIM, description: 'man, 25–29' },
    ],
    shares: [{ to: 'SPF', purpose: SharingPurpose.VICTIM_ASSISTANCE }],
  },
];

/**
 * Loads the demo agreements, rules and leads (called by loadDemoData inside its transaction). Demo shares are
 * decided by the engine at `now`, as a real share would be. Demo potential victims carry a pseudonym only (no
 * identity is stored, so demo data needs no encryption key).
 */
export async function loadDemoLeads(
  m: EntityManager,
  agencies: ReadonlyArray<{ id: string; acronym: string; name: string; kind: AgencyKind; country: string | null }>,
  userIdByEmail: (email: string) => string,
  operationIdByName: (name: string) => string,
  now: Date,
): Promise<void> {
  const byAcronym = new Map(agencies.map((a) => [a.acronym, a]));
  const agencyId = (acronym: string) => byAcronym.get(acronym)!.id;
  const agreements = await m.getRepository(AgreementEntity).save(
    DEMO_AGREEMENTS.map((a) => ({ ...a, parties: a.parties.map((p) => (p.kind === 'AGENCY' ? { kind: 'AGENCY' as const, agencyId: agencyId(p.agency) } : p)) })),
  );
  const rules = await m.getRepository(JurisdictionRuleEntity).save(DEMO_RULES.map((r) => ({ ...r })));
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const engineAgreements = agreements.map(agreementOf);
  const engineRules = rules.map(ruleOf);
  for (const d of DEMO_LEADS) {
    const operationId = d.operation ? operationIdByName(d.operation) : null;
    const lead = await m.getRepository(LeadEntity).save({
      ...d.lead,
      operationId,
      originatingAgencyId: agencyId(d.agency),
      namedRecipientAgencyIds: (d.named ?? []).map(agencyId),
      version: 1,
      createdById: userIdByEmail(d.by),
    });
    await m.getRepository(LeadPersonEntity).save(
      d.persons.map((p, position) => ({
        leadId: lead.id,
        position,
        role: p.role,
        name: p.role === LeadPersonRole.SUSPECT ? (p.name ?? null) : null,
        pseudonym: p.role === LeadPersonRole.POTENTIAL_VICTIM ? `PV-${randomBytes(3).toString('hex').toUpperCase()}` : null,
        description: p.description,
        identityCiphertext: null,
        identityKeyId: null,
      })),
    );
    const operationAgencyIds = operationId ? ((await OperationPolicy.participants(m, [operationId])).get(operationId) ?? []) : [];
    const originator = byAcronym.get(d.agency)!;
    for (const s of d.shares) {
      const recipient = byAcronym.get(s.to)!;
      const decision = decideSharing(
        shareRequest(lead, null, recipient.id, s.purpose, {
          agencies: byId,
          agreements: engineAgreements,
          rules: engineRules,
          operationAgencyIds,
          at: now.toISOString(),
        }),
      );
      if (decision.outcome === SharingOutcome.DENY) continue;
      await m.getRepository(LeadShareEntity).save({
        leadId: lead.id,
        recipientAgencyId: recipient.id,
        purpose: s.purpose,
        outcome: decision.outcome,
        redactedCategories: decision.redactedCategories,
        legalBasis: decision.legalBasis,
        reasons: decision.reasons,
        conditions: decision.conditions,
        summary: decision.summary,
        decidedAt: now,
        status: decision.outcome === SharingOutcome.REQUIRES_APPROVAL ? LeadShareStatus.PENDING_APPROVAL : LeadShareStatus.ACTIVE,
        sharedById: userIdByEmail(d.by),
        senderAgencyId: originator.id,
        approvalById: null,
        approvalAt: null,
        approvalReason: null,
        revokedById: null,
        revokedAt: null,
        ...shareLawColumns(decision.legalBasis, engineAgreements, null),
      });
    }
  }
}
