/**
 * The legal basis of a hop (Directive (EU) 2016/680 art. 35–38; GDPR art. 44–49): the same agency or country needs
 * no transfer; across borders an agreement in force that covers both sides and the purpose, the best one chosen;
 * agreements that nearly apply are reported with why not.
 */
import { windowPosition } from './instants';
import { capitalise, listCategories, SHARING_PURPOSE_TEXT } from './outcomes';
import { Agreement, AgreementKind, DataCategory, ReasonCode, SharingOutcome, TransferKind } from './types';
import { claimedCategories, ruleFinding } from './check-rules';
import { AgreementCheck, BasisResult, Context, DEFAULT_NO_BASIS, Finding, agreementCoversParties, compareStrings, jurisdictionCountry, makeReason, sideName, sideValues, sortById } from './decision-parts';

/** Preference between candidate agreements covering as much: the most specific, binding instrument first. */
export const AGREEMENT_KIND_PREFERENCE: readonly AgreementKind[] = [AgreementKind.BILATERAL, AgreementKind.MULTILATERAL, AgreementKind.MOU];

/**
 * The legal basis of the hop: an agreement in force naming both sides and covering the purpose (cross-border,
 * or domestic without a national-law rule), a national law stated by a LEGAL_BASIS rule (domestic), or none.
 */
export function checkLegalBasis(ctx: Context): BasisResult {
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
        findings: [ruleFinding(lawRule, ReasonCode.RULE_LEGAL_BASIS, null, [], `Legal basis: ${law}`, `legal basis ${law}`, { law })],
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
        reason: makeReason(ReasonCode.AGREEMENT_APPLIES, 'AGREEMENT', best.id, `Legal basis: ${best.title}${article} (${best.id}), in force between ${sides} for ${purposeText}.`, {
          agreement: best.id,
          title: best.title,
          article: best.article ?? '',
          ...sideValues(ctx),
          purpose: ctx.purpose,
        }),
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
        reason: makeReason(ReasonCode.AGREEMENT_CATEGORY_NOT_COVERED, 'AGREEMENT', best.id, `${capitalise(cats)} removed — ${best.title} (${best.id}) does not cover ${cats}.`, {
          categories: uncovered.join(','),
          agreement: best.id,
          title: best.title,
        }),
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
        { country, ...sideValues(ctx), purpose: ctx.purpose },
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
        { ...sideValues(ctx), purpose: ctx.purpose },
      ),
      effect: SharingOutcome.REQUIRES_APPROVAL,
      categories: [],
      short: `no agreement in force between ${sides} covers ${purposeText}`,
    });
  }
  return { findings, legalBasis: null, candidates, best: null };
}

export function checkAgreement(agreement: Agreement, ctx: Context): AgreementCheck {
  const position = windowPosition(ctx.atMs, agreement.inForceFrom, agreement.inForceTo);
  if (position === 'BEFORE') return { agreement, status: 'NOT_YET_IN_FORCE' };
  if (position !== 'INSIDE') return { agreement, status: 'EXPIRED' };
  if (agreement.suspended) return { agreement, status: 'SUSPENDED' };
  if (!agreement.purposes.includes(ctx.purpose)) return { agreement, status: 'PURPOSE_NOT_COVERED' };
  return { agreement, status: 'CANDIDATE' };
}

export function nearMiss({ agreement: a, status }: AgreementCheck): Finding {
  const name = `${a.title} (${a.id})`;
  const [code, text]: [ReasonCode, string] =
    status === 'NOT_YET_IN_FORCE'
      ? [ReasonCode.AGREEMENT_NOT_YET_IN_FORCE, `${name} is not yet in force: it applies from ${a.inForceFrom}.`]
      : status === 'EXPIRED'
        ? [ReasonCode.AGREEMENT_EXPIRED, `${name} is no longer in force: it applied until ${a.inForceTo}.`]
        : status === 'SUSPENDED'
          ? [ReasonCode.AGREEMENT_SUSPENDED, `${name} is suspended.`]
          : [ReasonCode.AGREEMENT_PURPOSE_NOT_COVERED, `${name} does not cover this purpose (it covers ${a.purposes.map((p) => SHARING_PURPOSE_TEXT[p]).join(', ')}).`];
  const values = { agreement: a.id, title: a.title, from: a.inForceFrom, to: a.inForceTo ?? '', purposes: a.purposes.join(',') };
  return { reason: makeReason(code, 'AGREEMENT', a.id, text, values), effect: null, categories: [], short: text };
}

/** Most categories of the lead covered, then bilateral > multilateral > MOU, then id. */
export function pickBestAgreement(candidates: readonly Agreement[], categories: readonly DataCategory[]): Agreement | null {
  const coverage = (a: Agreement) => categories.filter((c) => a.dataCategories.includes(c)).length;
  const sorted = [...candidates].sort(
    (a, b) =>
      coverage(b) - coverage(a) ||
      AGREEMENT_KIND_PREFERENCE.indexOf(a.kind) - AGREEMENT_KIND_PREFERENCE.indexOf(b.kind) ||
      compareStrings(a.id, b.id),
  );
  return sorted[0] ?? null;
}
