/**
 * The sharing-decision engine: one lead, one recipient agency, one instant → ALLOW, ALLOW_REDACTED,
 * REQUIRES_APPROVAL or DENY, with the legal basis and every reason. Pure and deterministic: no clock, no I/O,
 * inputs never mutated, list order of rules and agreements irrelevant. The order of checks and the meaning of
 * each outcome are written down in ./README.md.
 *
 * Legal grounding (../shared/LEGAL-CONTEXT.md): Directive (EU) 2016/680 art. 35–38 (a transfer needs an
 * adequacy decision, appropriate safeguards such as a binding instrument, or a case-by-case derogation; onward
 * transfers need the same basis), GDPR (EU) 2016/679 art. 9 and 44–49 for NGOs, Palermo Protocol art. 6 (victims'
 * privacy) and art. 10(3) (the receiving State complies with the sender's restrictions), UNTOC art. 18 and 27.
 */
import { AgencyKind } from '../enums';
import { parseInstant, windowPosition, formatInstant } from './instants';
import {
  capitalise,
  listCategories,
  mostRestrictiveOutcome,
  OUTCOME_SUMMARY_PREFIX,
  SHARING_PURPOSE_TEXT,
  sortCategories,
} from './outcomes';
import { tlpMarking } from './tlp';
import {
  AgencyRef,
  Agreement,
  AgreementKind,
  AgreementParty,
  DataCategory,
  HandlingCode,
  JurisdictionRule,
  LegalBasis,
  Reason,
  ReasonCode,
  ReasonSource,
  RecipientAgency,
  RuleEffect,
  RuleFlow,
  ShareKind,
  SharingDecision,
  SharingInput,
  SharingOutcome,
  SharingPurpose,
  TlpLabel,
  TransferKind,
} from './types';

/** One finding of one check: the reason, its effect on the outcome (null = explanatory) and what it removes. */
interface Finding {
  reason: Reason;
  effect: SharingOutcome | null;
  /** Categories removed (effect ALLOW_REDACTED) or concerned. */
  categories: DataCategory[];
  /** The reason in a few words, for the decision summary. */
  short: string;
}

/** The facts every check reads, computed once. */
interface Context {
  input: SharingInput;
  originator: AgencyRef;
  sender: AgencyRef;
  recipient: RecipientAgency;
  purpose: SharingPurpose;
  atMs: number;
  shareKind: ShareKind;
  transfer: TransferKind;
  categories: DataCategory[];
  rules: JurisdictionRule[];
}

/** An agreement that names both sides, checked against the instant and the purpose. */
interface AgreementCheck {
  agreement: Agreement;
  status: 'CANDIDATE' | 'NOT_YET_IN_FORCE' | 'EXPIRED' | 'SUSPENDED' | 'PURPOSE_NOT_COVERED';
}

/** Result of the legal-basis step. */
interface BasisResult {
  findings: Finding[];
  legalBasis: LegalBasis | null;
  /** Agreements in force naming both sides and covering the purpose. */
  candidates: Agreement[];
  /** The candidate covering most of the lead's categories: the one used as basis or for coverage checks. */
  best: Agreement | null;
}

const DEFAULT_SAME_AGENCY = 'default:same-agency';
const DEFAULT_NO_BASIS = 'default:no-basis';
const DEFAULT_FAIL_CLOSED = 'default:fail-closed';

/** Purposes that count as "preventing and combating crime" under handling code H0. */
export const H0_CRIME_FIGHTING_PURPOSES: readonly SharingPurpose[] = [
  SharingPurpose.INVESTIGATION,
  SharingPurpose.PROSECUTION,
  SharingPurpose.PREVENTION,
  SharingPurpose.ANALYSIS,
];

/** Preference between candidate agreements covering as much: the most specific, binding instrument first. */
const AGREEMENT_KIND_PREFERENCE: readonly AgreementKind[] = [AgreementKind.BILATERAL, AgreementKind.MULTILATERAL, AgreementKind.MOU];

/**
 * Decides whether `input.lead` may go to `input.recipient` for `input.purpose` at `input.at` (UTC), given the
 * agreements and jurisdiction rules. Most restrictive outcome wins; without a legal basis the answer is never
 * ALLOW. Pure: same input → deep-equal output.
 */
export function decideSharing(input: SharingInput): SharingDecision {
  const originator = input.lead.originatingAgency;
  const sender = input.sender && input.sender.id !== originator.id ? input.sender : originator;
  const shareKind = sender.id === originator.id ? ShareKind.FIRST : ShareKind.ONWARD;
  const sameAgency = input.recipient.id === originator.id || input.recipient.id === sender.id;
  const transfer = sameAgency
    ? TransferKind.SAME_AGENCY
    : jurisdictionKey(sender) === jurisdictionKey(input.recipient)
      ? TransferKind.DOMESTIC
      : TransferKind.CROSS_BORDER;

  const problems = validateSharingInput(input);
  const at = parseInstant(input.at);
  if (problems.length > 0 || !at) {
    const reason = makeReason(ReasonCode.INVALID_INPUT, 'DEFAULT', DEFAULT_FAIL_CLOSED, `Refused: ${problems.join('; ')}. The decision fails closed until the data is corrected.`);
    return finish({ shareKind, transfer, purpose: input.purpose, at: input.at }, [{ reason, effect: SharingOutcome.DENY, categories: [], short: 'the input is invalid' }], null, []);
  }
  const base = { shareKind, transfer, purpose: input.purpose, at: formatInstant(at.ms) };

  if (sameAgency) {
    const holder = input.recipient.id === originator.id ? originator : sender;
    const short = `no transfer, the lead stays within ${holder.name}`;
    const reason = makeReason(ReasonCode.SAME_AGENCY, 'DEFAULT', DEFAULT_SAME_AGENCY, `No transfer: ${holder.name} already holds this lead.`);
    const basis: LegalBasis = { kind: 'NO_TRANSFER', id: holder.id, title: `No transfer: the lead stays within ${holder.name}`, article: null };
    return finish(base, [{ reason, effect: null, categories: [], short }], basis, []);
  }

  const ctx: Context = {
    input,
    originator,
    sender,
    recipient: input.recipient,
    purpose: input.purpose,
    atMs: at.ms,
    shareKind,
    transfer,
    categories: sortCategories(input.lead.dataCategories),
    rules: rulesInEffect(input.rules, at.ms).filter((rule) => ruleApplies(rule, originator, sender, input.recipient, shareKind, transfer, input)),
  };

  const basis = checkLegalBasis(ctx);
  const findings = [...checkTlp(ctx), ...checkHandlingCodes(ctx), ...basis.findings, ...checkRules(ctx, basis)];
  return finish(base, findings, basis.legalBasis, handlingConditions(ctx));
}

/** Problems that make a decision impossible (unreadable instant, unknown marking, malformed or duplicate rule or agreement); [] when none. */
export function validateSharingInput(input: SharingInput): string[] {
  const problems: string[] = [];
  if (!parseInstant(input.at)) problems.push(`decision instant "${input.at}" is not an ISO 8601 date-time with a time zone`);
  if (!isOneOf(SharingPurpose, input.purpose)) problems.push(`purpose "${input.purpose}" is unknown`);
  const markings = input.lead.markings;
  if (!isOneOf(TlpLabel, markings.tlp)) problems.push(`lead ${input.lead.id} has no valid TLP 2.0 label ("${markings.tlp}")`);
  for (const code of markings.handlingCodes) if (!isOneOf(HandlingCode, code)) problems.push(`handling code "${code}" is unknown`);
  for (const c of input.lead.dataCategories) if (!isOneOf(DataCategory, c)) problems.push(`data category "${c}" is unknown`);
  const agreementIds = new Set<string>();
  for (const a of sortById(input.agreements)) {
    if (agreementIds.has(a.id)) problems.push(`two agreements have the id ${a.id}`);
    agreementIds.add(a.id);
    if (!parseInstant(a.inForceFrom) || (a.inForceTo != null && !parseInstant(a.inForceTo))) problems.push(`agreement ${a.id} has unreadable in-force dates`);
  }
  const seen = new Set<string>();
  for (const r of [...input.rules].sort((x, y) => compareStrings(x.id, y.id) || x.version - y.version)) {
    const key = `${r.id}@${r.version}`;
    if (seen.has(key)) problems.push(`rule ${r.id} has two entries for version ${r.version}`);
    seen.add(key);
    if (!Number.isInteger(r.version) || r.version < 1) problems.push(`rule ${r.id} has an invalid version`);
    if ((r.effectiveFrom != null && !parseInstant(r.effectiveFrom)) || (r.effectiveTo != null && !parseInstant(r.effectiveTo))) {
      problems.push(`rule ${r.id} v${r.version} has unreadable effective dates`);
    }
  }
  return problems;
}

/** Per rule id, the highest version in effect at `atMs`; result sorted by id. */
export function rulesInEffect(rules: readonly JurisdictionRule[], atMs: number): JurisdictionRule[] {
  const byId = new Map<string, JurisdictionRule>();
  for (const rule of rules) {
    if (windowPosition(atMs, rule.effectiveFrom, rule.effectiveTo) !== 'INSIDE') continue;
    const current = byId.get(rule.id);
    if (!current || rule.version > current.version) byId.set(rule.id, rule);
  }
  return [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
}

/** Country of an agency for jurisdiction purposes (upper-case ISO alpha-2); null for international organisations. */
export function jurisdictionCountry(agency: AgencyRef): string | null {
  if (agency.kind === AgencyKind.INTERNATIONAL_ORGANIZATION || !agency.country) return null;
  return agency.country.toUpperCase();
}

/** True when an agreement's parties include both sides of the hop, each matched by a different party (country or agency). */
export function agreementCoversParties(agreement: Agreement, sender: AgencyRef, recipient: AgencyRef): boolean {
  const parties = dedupeParties(agreement.parties);
  return parties.some((p, i) => partyMatches(p, sender) && parties.some((q, j) => j !== i && partyMatches(q, recipient)));
}

// ---------------------------------------------------------------------------------------------------------------
// Checks, in the order of ./README.md

/** TLP 2.0: who may receive the lead at all, for a first share or an onward share. */
function checkTlp(ctx: Context): Finding[] {
  const { tlp } = ctx.input.lead.markings;
  const label = tlpMarking(tlp);
  const r = ctx.recipient;
  if (tlp === TlpLabel.CLEAR) return [];
  if (tlp === TlpLabel.RED) {
    if (ctx.input.lead.namedRecipientAgencyIds.includes(r.id)) {
      return [marking(ReasonCode.TLP_RED_NAMED_RECIPIENT, label, null, `${label}: ${r.name} is a named recipient.`, `${r.name} is a named recipient`)];
    }
    return [
      marking(
        ReasonCode.TLP_RED_NOT_NAMED,
        label,
        SharingOutcome.DENY,
        `${label} is for named recipients only, and the originator has not named ${r.name}; only the originator can add it to the named recipients.`,
        `${label}, ${r.name} is not a named recipient`,
      ),
    ];
  }
  if (!r.taskForceMember) {
    return [
      marking(
        ReasonCode.TLP_OUTSIDE_COMMUNITY,
        label,
        SharingOutcome.REQUIRES_APPROVAL,
        `${label} stays within the task-force community and ${r.name} is not a member: sharing more widely needs the originator's explicit permission (FIRST TLP 2.0).`,
        `${label}, ${r.name} is outside the task-force community`,
      ),
    ];
  }
  if (ctx.shareKind === ShareKind.ONWARD && tlp === TlpLabel.AMBER_STRICT) {
    return [
      marking(
        ReasonCode.TLP_AMBER_STRICT_OUTSIDE_ORGANISATION,
        label,
        SharingOutcome.REQUIRES_APPROVAL,
        `${label} stays within the recipient organisation: passing it from ${ctx.sender.name} to ${r.name} needs the permission of ${ctx.originator.name} (FIRST TLP 2.0).`,
        `${label} stays within ${ctx.sender.name}`,
      ),
    ];
  }
  if (ctx.shareKind === ShareKind.ONWARD && tlp === TlpLabel.AMBER && !ctx.input.lead.operationAgencyIds.includes(r.id)) {
    return [
      marking(
        ReasonCode.TLP_AMBER_BEYOND_NEED_TO_KNOW,
        label,
        SharingOutcome.REQUIRES_APPROVAL,
        `${label} is passed on only to those who need to know: ${r.name} takes no part in the joint operations this lead is linked to, so ${ctx.originator.name} must give permission (FIRST TLP 2.0).`,
        `${label}, ${r.name} has no need to know through a joint operation`,
      ),
    ];
  }
  return [];
}

/** Handling codes H0–H3: the originator's restrictions on use and onward sharing (Palermo Protocol art. 10(3)). */
function checkHandlingCodes(ctx: Context): Finding[] {
  const codes = new Set(ctx.input.lead.markings.handlingCodes);
  const o = ctx.originator.name;
  const out: Finding[] = [];
  if (codes.has(HandlingCode.H0) && !H0_CRIME_FIGHTING_PURPOSES.includes(ctx.purpose)) {
    const p = SHARING_PURPOSE_TEXT[ctx.purpose];
    out.push(
      marking(
        ReasonCode.H0_PURPOSE_NOT_CRIME_FIGHTING,
        'H0',
        SharingOutcome.REQUIRES_APPROVAL,
        `Handling code H0 limits use to preventing and combating crime; ${p} is another purpose, so ${o} must give permission.`,
        `handling code H0, ${p} is not a crime-fighting purpose`,
      ),
    );
  }
  if (codes.has(HandlingCode.H1) && ctx.purpose === SharingPurpose.PROSECUTION) {
    out.push(
      marking(
        ReasonCode.H1_JUDICIAL_USE_NEEDS_PERMISSION,
        'H1',
        SharingOutcome.REQUIRES_APPROVAL,
        `Handling code H1: the lead may not be attached to a prosecution file without the permission of ${o}.`,
        'handling code H1, no prosecution file without permission',
      ),
    );
  }
  if (codes.has(HandlingCode.H2) && ctx.shareKind === ShareKind.ONWARD) {
    out.push(
      marking(
        ReasonCode.H2_ONWARD_NEEDS_PERMISSION,
        'H2',
        SharingOutcome.REQUIRES_APPROVAL,
        `Handling code H2: ${ctx.sender.name} may not pass the lead on without the permission of ${o}.`,
        'handling code H2, no passing on without permission',
      ),
    );
  }
  if (codes.has(HandlingCode.H3) && ctx.shareKind === ShareKind.ONWARD) {
    const condition = ctx.input.lead.markings.handlingCondition?.trim();
    const stated = condition ? `"${condition}"` : '(not recorded)';
    out.push(
      marking(
        ReasonCode.H3_ONWARD_NEEDS_CHECK,
        'H3',
        SharingOutcome.REQUIRES_APPROVAL,
        `Handling code H3: ${o} must confirm that passing the lead on meets its condition ${stated}.`,
        'handling code H3, the originator checks its condition',
      ),
    );
  }
  return out;
}

/** The restrictions that travel with the lead to the recipient (shown with any non-DENY decision). */
function handlingConditions(ctx: Context): Reason[] {
  const codes = new Set(ctx.input.lead.markings.handlingCodes);
  const o = ctx.originator.name;
  const out: Reason[] = [];
  if (codes.has(HandlingCode.H0)) out.push(makeReason(ReasonCode.H0_PURPOSE_LIMITATION, 'MARKING', 'H0', 'H0: use only to prevent and combat crime.'));
  if (codes.has(HandlingCode.H1)) out.push(makeReason(ReasonCode.H1_NO_JUDICIAL_USE, 'MARKING', 'H1', `H1: not to be used in judicial proceedings without the permission of ${o}.`));
  if (codes.has(HandlingCode.H2)) out.push(makeReason(ReasonCode.H2_NO_ONWARD_SHARING, 'MARKING', 'H2', `H2: not to be passed on without the permission of ${o}.`));
  if (codes.has(HandlingCode.H3)) {
    const condition = ctx.input.lead.markings.handlingCondition?.trim();
    out.push(makeReason(ReasonCode.H3_CONDITION, 'MARKING', 'H3', condition ? `H3: ${condition}` : `H3: a restriction of ${o} that is not recorded; ask ${o} before any use.`));
  }
  return out;
}

/**
 * The legal basis of the hop: an agreement in force naming both sides and covering the purpose (cross-border,
 * or domestic without a national-law rule), a national law stated by a LEGAL_BASIS rule (domestic), or none.
 */
function checkLegalBasis(ctx: Context): BasisResult {
  const checks = sortById(ctx.input.agreements)
    .filter((a) => agreementCoversParties(a, ctx.sender, ctx.recipient))
    .map((agreement) => checkAgreement(agreement, ctx));
  const candidates = checks.filter((c) => c.status === 'CANDIDATE').map((c) => c.agreement);
  const best = pickBestAgreement(candidates, ctx.categories);
  const sides = `${sideName(ctx.sender, ctx)} and ${sideName(ctx.recipient, ctx)}`;
  const purposeText = SHARING_PURPOSE_TEXT[ctx.purpose];

  if (ctx.transfer === TransferKind.DOMESTIC) {
    const lawRule = ctx.rules.find((r) => r.condition.kind === 'LEGAL_BASIS');
    if (lawRule && lawRule.condition.kind === 'LEGAL_BASIS') {
      const law = lawRule.condition.law;
      return {
        findings: [ruleFinding(lawRule, ReasonCode.RULE_LEGAL_BASIS, null, [], `Legal basis: ${law}`, `legal basis ${law}`)],
        legalBasis: { kind: 'NATIONAL_LAW', id: lawRule.id, title: law, article: null },
        candidates,
        best,
      };
    }
  }
  if (best) {
    const article = best.article ? `, ${best.article}` : '';
    const findings: Finding[] = [
      {
        reason: makeReason(ReasonCode.AGREEMENT_APPLIES, 'AGREEMENT', best.id, `Legal basis: ${best.title}${article} (${best.id}), in force between ${sides} for ${purposeText}.`),
        effect: null,
        categories: [],
        short: `legal basis ${best.title} (${best.id})`,
      },
    ];
    const claimed = new Set(ctx.rules.flatMap((r) => claimedCategories(r)));
    const uncovered = ctx.categories.filter((c) => !best.dataCategories.includes(c) && !claimed.has(c));
    if (uncovered.length > 0) {
      const cats = listCategories(uncovered);
      const short = `${cats} removed — agreement ${best.id} does not cover ${uncovered.length > 1 ? 'them' : 'it'}`;
      findings.push({
        reason: makeReason(ReasonCode.AGREEMENT_CATEGORY_NOT_COVERED, 'AGREEMENT', best.id, `${capitalise(cats)} removed — ${best.title} (${best.id}) does not cover ${cats}.`),
        effect: SharingOutcome.ALLOW_REDACTED,
        categories: uncovered,
        short,
      });
    }
    return { findings, legalBasis: { kind: 'AGREEMENT', id: best.id, title: best.title, article: best.article ?? null }, candidates, best };
  }

  const findings: Finding[] = checks.map((c) => nearMiss(c));
  if (ctx.transfer === TransferKind.DOMESTIC) {
    const country = jurisdictionCountry(ctx.sender) ?? '';
    findings.push({
      reason: makeReason(
        ReasonCode.NO_DOMESTIC_BASIS,
        'DEFAULT',
        DEFAULT_NO_BASIS,
        `No rule of ${country} states a national-law basis, and no agreement between ${sides} covers ${purposeText}: the originating agency's liaison officer must approve this share case by case.`,
      ),
      effect: SharingOutcome.REQUIRES_APPROVAL,
      categories: [],
      short: `no legal basis stated for sharing within ${country}`,
    });
  } else {
    findings.push({
      reason: makeReason(
        ReasonCode.NO_AGREEMENT,
        'DEFAULT',
        DEFAULT_NO_BASIS,
        `No agreement in force between ${sides} covers ${purposeText}: the originating agency's liaison officer must approve this transfer case by case (e.g. a derogation under Directive (EU) 2016/680 art. 38).`,
      ),
      effect: SharingOutcome.REQUIRES_APPROVAL,
      categories: [],
      short: `no agreement in force between ${sides} covers ${purposeText}`,
    });
  }
  return { findings, legalBasis: null, candidates, best: null };
}

/** What one restrictive rule says about this hop: categories it is satisfied for, and the effect it imposes. */
interface RuleVerdict {
  rule: JurisdictionRule;
  satisfied: DataCategory[];
  effect: RuleEffect | null;
  categories: DataCategory[];
  why: string | null;
}

/**
 * Jurisdiction rules in effect that govern this hop (LEGAL_BASIS rules are handled by the basis step). An
 * approval asked for categories that are removed anyway is moot and left out: approval cannot bring back data
 * that has no basis to move.
 */
function checkRules(ctx: Context, basis: BasisResult): Finding[] {
  const verdicts = ctx.rules.map((rule) => judgeRule(rule, ctx, basis)).filter((v): v is RuleVerdict => v !== null);
  const removed = new Set<DataCategory>([
    ...basis.findings.filter((f) => f.effect === SharingOutcome.ALLOW_REDACTED).flatMap((f) => f.categories),
    ...verdicts.filter((v) => v.effect === 'REDACT').flatMap((v) => v.categories),
  ]);
  const out: Finding[] = [];
  for (const v of verdicts) {
    if (v.satisfied.length > 0 && basis.best) {
      const cats = listCategories(v.satisfied);
      out.push(ruleFinding(v.rule, ReasonCode.RULE_SATISFIED, null, v.satisfied, `${capitalise(cats)} may go — rule ${v.rule.id}, covered by ${basis.best.id}`, `${cats} covered by ${basis.best.id}`));
    }
    if (!v.effect) continue;
    if (v.effect === 'REQUIRES_APPROVAL' && v.categories.length > 0) {
      const remaining = v.categories.filter((c) => !removed.has(c));
      if (remaining.length === 0) continue;
      out.push(effectFinding(v.rule, v.effect, remaining, v.why));
    } else {
      out.push(effectFinding(v.rule, v.effect, v.categories, v.why));
    }
  }
  return out;
}

/** Evaluates one rule against the hop; null when it has nothing to say (no category concerned, purpose permitted). */
function judgeRule(rule: JurisdictionRule, ctx: Context, basis: BasisResult): RuleVerdict | null {
  const condition = rule.condition;
  const none = { rule, satisfied: [] as DataCategory[], categories: [] as DataCategory[], why: null };
  switch (condition.kind) {
    case 'LEGAL_BASIS':
      return null;
    case 'REQUIRES_AGREEMENT': {
      const relevant = ctx.categories.filter((c) => condition.categories.includes(c));
      if (relevant.length === 0) return null;
      const best = basis.best;
      const satisfied = best ? relevant.filter((c) => best.dataCategories.includes(c)) : [];
      const uncovered = relevant.filter((c) => !satisfied.includes(c));
      if (uncovered.length === 0) return { ...none, satisfied, effect: null };
      const otherCovers = basis.candidates.some((a) => uncovered.some((c) => a.dataCategories.includes(c)));
      const sides = `${sideName(ctx.sender, ctx)} and ${sideName(ctx.recipient, ctx)}`;
      const why =
        otherCovers && best
          ? `the agreement used (${best.id}) does not cover ${listCategories(uncovered)}`
          : `no agreement in force between ${sides} covers ${listCategories(uncovered)} for ${SHARING_PURPOSE_TEXT[ctx.purpose]}`;
      return { rule, satisfied, effect: condition.otherwise, categories: uncovered, why };
    }
    case 'RESTRICT_CATEGORIES': {
      const relevant = ctx.categories.filter((c) => condition.categories.includes(c));
      return relevant.length === 0 ? null : { ...none, effect: condition.effect, categories: relevant };
    }
    case 'LIMIT_PURPOSES': {
      if (condition.purposes.includes(ctx.purpose)) return null;
      const allowed = condition.purposes.map((p) => SHARING_PURPOSE_TEXT[p]).join(', ');
      return { ...none, effect: condition.otherwise, why: `${SHARING_PURPOSE_TEXT[ctx.purpose]} is not among the permitted purposes (${allowed})` };
    }
    case 'RESTRICT_FLOW':
      return { ...none, effect: condition.effect };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Combination

/** Folds the findings into the decision: most restrictive outcome, union of redactions, summary. */
function finish(
  base: Pick<SharingDecision, 'shareKind' | 'transfer' | 'purpose' | 'at'>,
  findings: Finding[],
  legalBasis: LegalBasis | null,
  conditions: Reason[],
): SharingDecision {
  const outcome = mostRestrictiveOutcome(findings.flatMap((f) => (f.effect ? [f.effect] : [])));
  const redacted =
    outcome === SharingOutcome.DENY ? [] : sortCategories(findings.filter((f) => f.effect === SharingOutcome.ALLOW_REDACTED).flatMap((f) => f.categories));
  const decisive =
    outcome === SharingOutcome.ALLOW
      ? findings.filter((f) => f.effect === null && isBasisCode(f.reason.code))
      : findings.filter((f) => f.effect === outcome);
  const summary = `${OUTCOME_SUMMARY_PREFIX[outcome]}: ${decisive.map((f) => f.short).join('; ')}`;
  return {
    outcome,
    redactedCategories: redacted,
    legalBasis: outcome === SharingOutcome.DENY ? null : legalBasis,
    reasons: findings.map((f) => f.reason),
    conditions: outcome === SharingOutcome.DENY ? [] : conditions,
    summary,
    ...base,
  };
}

function isBasisCode(code: ReasonCode): boolean {
  return code === ReasonCode.AGREEMENT_APPLIES || code === ReasonCode.RULE_LEGAL_BASIS || code === ReasonCode.SAME_AGENCY;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function checkAgreement(agreement: Agreement, ctx: Context): AgreementCheck {
  const position = windowPosition(ctx.atMs, agreement.inForceFrom, agreement.inForceTo);
  if (position === 'BEFORE') return { agreement, status: 'NOT_YET_IN_FORCE' };
  if (position !== 'INSIDE') return { agreement, status: 'EXPIRED' };
  if (agreement.suspended) return { agreement, status: 'SUSPENDED' };
  if (!agreement.purposes.includes(ctx.purpose)) return { agreement, status: 'PURPOSE_NOT_COVERED' };
  return { agreement, status: 'CANDIDATE' };
}

function nearMiss({ agreement: a, status }: AgreementCheck): Finding {
  const name = `${a.title} (${a.id})`;
  const [code, text]: [ReasonCode, string] =
    status === 'NOT_YET_IN_FORCE'
      ? [ReasonCode.AGREEMENT_NOT_YET_IN_FORCE, `${name} is not yet in force: it applies from ${a.inForceFrom}.`]
      : status === 'EXPIRED'
        ? [ReasonCode.AGREEMENT_EXPIRED, `${name} is no longer in force: it applied until ${a.inForceTo}.`]
        : status === 'SUSPENDED'
          ? [ReasonCode.AGREEMENT_SUSPENDED, `${name} is suspended.`]
          : [ReasonCode.AGREEMENT_PURPOSE_NOT_COVERED, `${name} does not cover this purpose (it covers ${a.purposes.map((p) => SHARING_PURPOSE_TEXT[p]).join(', ')}).`];
  return { reason: makeReason(code, 'AGREEMENT', a.id, text), effect: null, categories: [], short: text };
}

/**
 * Categories a rule speaks for, so the default "not covered by the agreement → removed" stays silent on them:
 * those a REQUIRES_AGREEMENT rule governs, and those a RESTRICT_CATEGORIES rule removes or refuses anyway.
 */
function claimedCategories(rule: JurisdictionRule): readonly DataCategory[] {
  const c = rule.condition;
  if (c.kind === 'REQUIRES_AGREEMENT') return c.categories;
  if (c.kind === 'RESTRICT_CATEGORIES' && c.effect !== 'REQUIRES_APPROVAL') return c.categories;
  return [];
}

/** Most categories of the lead covered, then bilateral > multilateral > MOU, then id. */
function pickBestAgreement(candidates: readonly Agreement[], categories: readonly DataCategory[]): Agreement | null {
  const coverage = (a: Agreement) => categories.filter((c) => a.dataCategories.includes(c)).length;
  const sorted = [...candidates].sort(
    (a, b) =>
      coverage(b) - coverage(a) ||
      AGREEMENT_KIND_PREFERENCE.indexOf(a.kind) - AGREEMENT_KIND_PREFERENCE.indexOf(b.kind) ||
      compareStrings(a.id, b.id),
  );
  return sorted[0] ?? null;
}

/** A rule finding whose effect is REDACT, REQUIRES_APPROVAL or DENY. */
function effectFinding(rule: JurisdictionRule, effect: RuleEffect, categories: DataCategory[], why: string | null): Finding {
  const cats = listCategories(categories);
  const tail = `rule ${rule.id}${why ? `, ${why}` : ''}`;
  if (effect === 'REDACT') {
    return ruleFinding(rule, ReasonCode.RULE_REDACTS, SharingOutcome.ALLOW_REDACTED, categories, `${capitalise(cats)} removed — ${tail}`, `${cats} removed — ${tail}`);
  }
  if (effect === 'REQUIRES_APPROVAL') {
    const what = categories.length > 0 ? `${cats} needs the originator's approval` : "the originator's approval is needed";
    return ruleFinding(rule, ReasonCode.RULE_REQUIRES_APPROVAL, SharingOutcome.REQUIRES_APPROVAL, categories, `${capitalise(what)} — ${tail}`, `${what} — ${tail}`);
  }
  const what = categories.length > 0 ? `refused because of ${cats}` : 'refused';
  return ruleFinding(rule, ReasonCode.RULE_DENIES, SharingOutcome.DENY, categories, `${capitalise(what)} — ${tail}`, `${what} — ${tail}`);
}

function ruleFinding(rule: JurisdictionRule, code: ReasonCode, effect: SharingOutcome | null, categories: DataCategory[], sentence: string, short: string): Finding {
  const text = `${sentence}. Rule ${rule.id} (version ${rule.version}): ${rule.text}`;
  return { reason: makeReason(code, 'RULE', rule.id, text), effect, categories, short };
}

function marking(code: ReasonCode, ref: string, effect: SharingOutcome | null, text: string, short: string): Finding {
  return { reason: makeReason(code, 'MARKING', ref, text), effect, categories: [], short };
}

function makeReason(code: ReasonCode, source: ReasonSource, ref: string, text: string): Reason {
  return { code, source, ref, text };
}

/** Does a (latest in effect) rule govern this hop: scope × flow, then the optional filter. */
function ruleApplies(
  rule: JurisdictionRule,
  originator: AgencyRef,
  sender: AgencyRef,
  recipient: AgencyRef,
  shareKind: ShareKind,
  transfer: TransferKind,
  input: SharingInput,
): boolean {
  const flows = new Set(rule.flows);
  let inScope: boolean;
  if (rule.scope.kind === 'COUNTRY') {
    const x = rule.scope.country.toUpperCase();
    const s = jurisdictionCountry(sender);
    const r = jurisdictionCountry(recipient);
    inScope =
      (flows.has(RuleFlow.LEAVING) && s === x && r !== x) ||
      (flows.has(RuleFlow.ENTERING) && r === x && s !== x) ||
      (flows.has(RuleFlow.WITHIN) && s === x && r === x) ||
      (flows.has(RuleFlow.ONWARD) && shareKind === ShareKind.ONWARD && jurisdictionCountry(originator) === x && r !== x);
  } else {
    const k = rule.scope.agencyKind;
    inScope =
      (flows.has(RuleFlow.LEAVING) && sender.kind === k && recipient.kind !== k) ||
      (flows.has(RuleFlow.ENTERING) && recipient.kind === k && sender.kind !== k) ||
      (flows.has(RuleFlow.WITHIN) && sender.kind === k && recipient.kind === k) ||
      (flows.has(RuleFlow.ONWARD) && shareKind === ShareKind.ONWARD && originator.kind === k && recipient.kind !== k);
  }
  if (!inScope) return false;
  const when = rule.when;
  if (!when) return true;
  if (when.purposes && !when.purposes.includes(input.purpose)) return false;
  if (when.formsOfExploitation && !when.formsOfExploitation.includes(input.lead.formOfExploitation)) return false;
  if (when.recipientKinds && !when.recipientKinds.includes(recipient.kind)) return false;
  if (when.transfers && !(when.transfers as readonly TransferKind[]).includes(transfer)) return false;
  return true;
}

/** `COUNTRY:NL` for a national agency; `AGENCY:<id>` for an international organisation (its own jurisdiction). */
function jurisdictionKey(agency: AgencyRef): string {
  const country = jurisdictionCountry(agency);
  return country ? `COUNTRY:${country}` : `AGENCY:${agency.id}`;
}

/** How a side is named in sentences: its country code across borders, its name at home or for an international organisation. */
function sideName(agency: AgencyRef, ctx: Context): string {
  const country = jurisdictionCountry(agency);
  return ctx.transfer === TransferKind.CROSS_BORDER && country ? country : agency.name;
}

function partyMatches(party: AgreementParty, agency: AgencyRef): boolean {
  if (party.kind === 'AGENCY') return party.agencyId === agency.id;
  const country = jurisdictionCountry(agency);
  return country !== null && party.country.toUpperCase() === country;
}

function dedupeParties(parties: readonly AgreementParty[]): AgreementParty[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const key = p.kind === 'AGENCY' ? `A:${p.agencyId}` : `C:${p.country.toUpperCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareStrings(a.id, b.id));
}

/** Code-unit comparison: the same everywhere, unlike `localeCompare`. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isOneOf(enumeration: Record<string, string>, value: unknown): boolean {
  return typeof value === 'string' && Object.values(enumeration).includes(value);
}

