/**
 * The originator's markings as checks of the sharing decision: TLP 2.0 (who may receive the lead at all) and
 * handling codes H0–H3 (restrictions on use and onward sharing, Palermo Protocol art. 10(3); Europol Regulation
 * art. 19 and 29).
 */
import { SHARING_PURPOSE_TEXT } from './outcomes';
import { tlpMarking } from './tlp';
import { HandlingCode, Reason, ReasonCode, ShareKind, SharingOutcome, SharingPurpose, TlpLabel } from './types';
import { Context, Finding, makeReason, marking } from './decision-parts';

/** Purposes that count as "preventing and combating crime" under handling code H0. */
export const H0_CRIME_FIGHTING_PURPOSES: readonly SharingPurpose[] = [
  SharingPurpose.INVESTIGATION,
  SharingPurpose.PROSECUTION,
  SharingPurpose.PREVENTION,
  SharingPurpose.ANALYSIS,
];

/** TLP 2.0: who may receive the lead at all, for a first share or an onward share. */
export function checkTlp(ctx: Context): Finding[] {
  const { tlp } = ctx.input.lead.markings;
  const label = tlpMarking(tlp);
  const r = ctx.recipient;
  if (tlp === TlpLabel.CLEAR) return [];
  if (tlp === TlpLabel.RED) {
    if (ctx.input.lead.namedRecipientAgencyIds.includes(r.id)) {
      return [marking(ReasonCode.TLP_RED_NAMED_RECIPIENT, label, null, `${label}: ${r.name} is a named recipient.`, `${r.name} is a named recipient`, { label, recipient: r.name })];
    }
    return [
      marking(
        ReasonCode.TLP_RED_NOT_NAMED,
        label,
        SharingOutcome.DENY,
        `${label} is for named recipients only, and the originator has not named ${r.name}; only the originator can add it to the named recipients.`,
        `${label}, ${r.name} is not a named recipient`,
        { label, recipient: r.name },
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
        { label, recipient: r.name },
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
        { label, sender: ctx.sender.name, recipient: r.name, originator: ctx.originator.name },
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
        { label, recipient: r.name, originator: ctx.originator.name },
      ),
    ];
  }
  return [];
}

/** Handling codes H0–H3: the originator's restrictions on use and onward sharing (Palermo Protocol art. 10(3)). */
export function checkHandlingCodes(ctx: Context): Finding[] {
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
        { purpose: ctx.purpose, originator: o },
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
        { originator: o },
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
        { sender: ctx.sender.name, originator: o },
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
        { originator: o, condition: condition ?? '' },
      ),
    );
  }
  return out;
}

/** The restrictions that travel with the lead to the recipient (shown with any non-DENY decision). */
export function handlingConditions(ctx: Context): Reason[] {
  const codes = new Set(ctx.input.lead.markings.handlingCodes);
  const o = ctx.originator.name;
  const out: Reason[] = [];
  if (codes.has(HandlingCode.H0)) out.push(makeReason(ReasonCode.H0_PURPOSE_LIMITATION, 'MARKING', 'H0', 'H0: use only to prevent and combat crime.'));
  if (codes.has(HandlingCode.H1)) out.push(makeReason(ReasonCode.H1_NO_JUDICIAL_USE, 'MARKING', 'H1', `H1: not to be used in judicial proceedings without the permission of ${o}.`, { originator: o }));
  if (codes.has(HandlingCode.H2)) out.push(makeReason(ReasonCode.H2_NO_ONWARD_SHARING, 'MARKING', 'H2', `H2: not to be passed on without the permission of ${o}.`, { originator: o }));
  if (codes.has(HandlingCode.H3)) {
    const condition = ctx.input.lead.markings.handlingCondition?.trim();
    out.push(makeReason(ReasonCode.H3_CONDITION, 'MARKING', 'H3', condition ? `H3: ${condition}` : `H3: a restriction of ${o} that is not recorded; ask ${o} before any use.`, { originator: o, condition: condition ?? '' }));
  }
  return out;
}
