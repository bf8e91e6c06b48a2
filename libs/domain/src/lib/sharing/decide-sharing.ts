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
import { parseInstant, formatInstant } from './instants';
import { mostRestrictiveOutcome, OUTCOME_SUMMARY_PREFIX, sortCategories } from './outcomes';
import { DataCategory, HandlingCode, LegalBasis, Reason, ReasonCode, ShareKind, SharingDecision, SharingInput, SharingOutcome, SharingPurpose, TlpLabel, TransferKind } from './types';
import { checkLegalBasis } from './check-legal-basis';
import { checkHandlingCodes, checkTlp, handlingConditions } from './check-markings';
import { checkRules, ruleApplies, rulesInEffect } from './check-rules';
import { Context, DEFAULT_FAIL_CLOSED, DEFAULT_SAME_AGENCY, Finding, compareStrings, isOneOf, jurisdictionKey, makeReason, sortById } from './decision-parts';

export { H0_CRIME_FIGHTING_PURPOSES } from './check-markings';
export { rulesInEffect } from './check-rules';
export { agreementCoversParties, jurisdictionCountry } from './decision-parts';

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
    const reason = makeReason(ReasonCode.SAME_AGENCY, 'DEFAULT', DEFAULT_SAME_AGENCY, `No transfer: ${holder.name} already holds this lead.`, { holder: holder.name });
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
