/**
 * Jurisdiction rules as checks of the sharing decision: the latest version of each rule in effect at the instant,
 * whether it governs the hop (scope × flow, filter), and what it imposes (redaction, approval, denial) or is
 * satisfied by (a legal basis, a condition).
 */
import { windowPosition } from './instants';
import { capitalise, listCategories, SHARING_PURPOSE_TEXT } from './outcomes';
import { AgencyRef, DataCategory, JurisdictionRule, ReasonCode, ReasonValues, RuleEffect, RuleFlow, ShareKind, SharingInput, SharingOutcome, TransferKind } from './types';
import { BasisResult, Context, Finding, compareStrings, jurisdictionCountry, makeReason, sideName, sideValues } from './decision-parts';

/** What one restrictive rule says about this hop: categories it is satisfied for, and the effect it imposes. */
export interface RuleVerdict {
  rule: JurisdictionRule;
  satisfied: DataCategory[];
  effect: RuleEffect | null;
  categories: DataCategory[];
  why: string | null;
  /** The values of `why` (`why`: AGREEMENT_USED, NO_AGREEMENT or PURPOSE_NOT_PERMITTED, and what it names). */
  whyValues: ReasonValues;
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

/**
 * Jurisdiction rules in effect that govern this hop (LEGAL_BASIS rules are handled by the basis step). An
 * approval asked for categories that are removed anyway is moot and left out: approval cannot bring back data
 * that has no basis to move.
 */
export function checkRules(ctx: Context, basis: BasisResult): Finding[] {
  const verdicts = ctx.rules.map((rule) => judgeRule(rule, ctx, basis)).filter((v): v is RuleVerdict => v !== null);
  const removed = new Set<DataCategory>([
    ...basis.findings.filter((f) => f.effect === SharingOutcome.ALLOW_REDACTED).flatMap((f) => f.categories),
    ...verdicts.filter((v) => v.effect === 'REDACT').flatMap((v) => v.categories),
  ]);
  const out: Finding[] = [];
  for (const v of verdicts) {
    if (v.satisfied.length > 0 && basis.best) {
      const cats = listCategories(v.satisfied);
      out.push(ruleFinding(v.rule, ReasonCode.RULE_SATISFIED, null, v.satisfied, `${capitalise(cats)} may go — rule ${v.rule.id}, covered by ${basis.best.id}`, `${cats} covered by ${basis.best.id}`, {
          categories: v.satisfied.join(','),
          agreement: basis.best.id,
        }));
    }
    if (!v.effect) continue;
    if (v.effect === 'REQUIRES_APPROVAL' && v.categories.length > 0) {
      const remaining = v.categories.filter((c) => !removed.has(c));
      if (remaining.length === 0) continue;
      out.push(effectFinding(v.rule, v.effect, remaining, v.why, v.whyValues));
    } else {
      out.push(effectFinding(v.rule, v.effect, v.categories, v.why, v.whyValues));
    }
  }
  return out;
}

/** Evaluates one rule against the hop; null when it has nothing to say (no category concerned, purpose permitted). */
export function judgeRule(rule: JurisdictionRule, ctx: Context, basis: BasisResult): RuleVerdict | null {
  const condition = rule.condition;
  const none = { rule, satisfied: [] as DataCategory[], categories: [] as DataCategory[], why: null, whyValues: {} };
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
      const whyValues: ReasonValues =
        otherCovers && best ? { why: 'AGREEMENT_USED', agreement: best.id } : { why: 'NO_AGREEMENT', ...sideValues(ctx), purpose: ctx.purpose };
      return { rule, satisfied, effect: condition.otherwise, categories: uncovered, why, whyValues };
    }
    case 'RESTRICT_CATEGORIES': {
      const relevant = ctx.categories.filter((c) => condition.categories.includes(c));
      return relevant.length === 0 ? null : { ...none, effect: condition.effect, categories: relevant };
    }
    case 'LIMIT_PURPOSES': {
      if (condition.purposes.includes(ctx.purpose)) return null;
      const allowed = condition.purposes.map((p) => SHARING_PURPOSE_TEXT[p]).join(', ');
      const whyValues = { why: 'PURPOSE_NOT_PERMITTED', purpose: ctx.purpose, purposes: condition.purposes.join(',') };
      return { ...none, effect: condition.otherwise, why: `${SHARING_PURPOSE_TEXT[ctx.purpose]} is not among the permitted purposes (${allowed})`, whyValues };
    }
    case 'RESTRICT_FLOW':
      return { ...none, effect: condition.effect };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Combination

/**
 * Categories a rule speaks for, so the default "not covered by the agreement → removed" stays silent on them:
 * those a REQUIRES_AGREEMENT rule governs, and those a RESTRICT_CATEGORIES rule removes or refuses anyway.
 */
export function claimedCategories(rule: JurisdictionRule): readonly DataCategory[] {
  const c = rule.condition;
  if (c.kind === 'REQUIRES_AGREEMENT') return c.categories;
  if (c.kind === 'RESTRICT_CATEGORIES' && c.effect !== 'REQUIRES_APPROVAL') return c.categories;
  return [];
}

/** A rule finding whose effect is REDACT, REQUIRES_APPROVAL or DENY. */
export function effectFinding(rule: JurisdictionRule, effect: RuleEffect, categories: DataCategory[], why: string | null, whyValues: ReasonValues = {}): Finding {
  const cats = listCategories(categories);
  const tail = `rule ${rule.id}${why ? `, ${why}` : ''}`;
  const values = { ...whyValues, categories: categories.join(',') };
  if (effect === 'REDACT') {
    return ruleFinding(rule, ReasonCode.RULE_REDACTS, SharingOutcome.ALLOW_REDACTED, categories, `${capitalise(cats)} removed — ${tail}`, `${cats} removed — ${tail}`, values);
  }
  if (effect === 'REQUIRES_APPROVAL') {
    const what = categories.length > 0 ? `${cats} needs the originator's approval` : "the originator's approval is needed";
    return ruleFinding(rule, ReasonCode.RULE_REQUIRES_APPROVAL, SharingOutcome.REQUIRES_APPROVAL, categories, `${capitalise(what)} — ${tail}`, `${what} — ${tail}`, values);
  }
  const what = categories.length > 0 ? `refused because of ${cats}` : 'refused';
  return ruleFinding(rule, ReasonCode.RULE_DENIES, SharingOutcome.DENY, categories, `${capitalise(what)} — ${tail}`, `${what} — ${tail}`, values);
}

/** A reason quoting `rule` (its values: `rule`, `version`, `ruleText` as the administrator wrote it, and `values`). */
export function ruleFinding(rule: JurisdictionRule, code: ReasonCode, effect: SharingOutcome | null, categories: DataCategory[], sentence: string, short: string, values: ReasonValues = {}): Finding {
  const text = `${sentence}. Rule ${rule.id} (version ${rule.version}): ${rule.text}`;
  return { reason: makeReason(code, 'RULE', rule.id, text, { ...values, rule: rule.id, version: String(rule.version), ruleText: rule.text }), effect, categories, short };
}

/** Does a (latest in effect) rule govern this hop: scope × flow, then the optional filter. */
export function ruleApplies(
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
