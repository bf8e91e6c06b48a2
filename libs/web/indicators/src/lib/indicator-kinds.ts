import { IndicatorKind } from '@taskforce/domain';
import { messageId } from '@taskforce/web-ui';
import type { Translate } from './translate';

/** Message ids (catalogue `indicators`) of the task force's indicators as the menus name them ("Prosecutions"). */
const INDICATOR_KIND_IDS: Readonly<Record<IndicatorKind, string>> = {
  [IndicatorKind.VICTIM_IDENTIFIED]: messageId('indicators.kind.victimIdentified'),
  [IndicatorKind.VICTIM_REFERRED]: messageId('indicators.kind.victimReferred'),
  [IndicatorKind.VICTIM_ASSISTED]: messageId('indicators.kind.victimAssisted'),
  [IndicatorKind.INVESTIGATION_OPENED]: messageId('indicators.kind.investigationOpened'),
  [IndicatorKind.PROSECUTION]: messageId('indicators.kind.prosecution'),
  [IndicatorKind.CONVICTION]: messageId('indicators.kind.conviction'),
};

/** Message ids of one case as the case record form says what it counts towards ("Prosecution"). */
const CASE_KIND_IDS: Readonly<Record<IndicatorKind, string>> = {
  [IndicatorKind.VICTIM_IDENTIFIED]: messageId('indicators.caseKind.victimIdentified'),
  [IndicatorKind.VICTIM_REFERRED]: messageId('indicators.caseKind.victimReferred'),
  [IndicatorKind.VICTIM_ASSISTED]: messageId('indicators.caseKind.victimAssisted'),
  [IndicatorKind.INVESTIGATION_OPENED]: messageId('indicators.caseKind.investigationOpened'),
  [IndicatorKind.PROSECUTION]: messageId('indicators.caseKind.prosecution'),
  [IndicatorKind.CONVICTION]: messageId('indicators.caseKind.conviction'),
};

/** The indicators in the order of the menus, named (plural, "Convictions") in the active language. */
export function indicatorKindOptions(_: Translate): { value: IndicatorKind; label: string }[] {
  return Object.values(IndicatorKind).map((value) => ({ value, label: _(INDICATOR_KIND_IDS[value]) }));
}

/** One case's indicator ("Conviction") in the active language. */
export function caseKindLabel(kind: IndicatorKind, _: Translate): string {
  return _(CASE_KIND_IDS[kind]);
}

/** The indicators in the order of the menus, named as one case counts towards them ("Conviction"). */
export function caseKindOptions(_: Translate): { value: IndicatorKind; label: string }[] {
  return Object.values(IndicatorKind).map((value) => ({ value, label: caseKindLabel(value, _) }));
}
