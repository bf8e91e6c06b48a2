/**
 * What a hit on a selector reveals to the agency that asked (hit/no-hit matching), from the holder's chosen mode
 * and the lead's markings. TLP 2.0 (FIRST, 2022) and Europol-style handling codes as in ../sharing/types.ts.
 */
import { HandlingCode, TlpLabel } from '../sharing/types';

/** What the holder lets a hit on a lead's selectors reveal. */
export enum HitMode {
  /** The querier learns which agency holds the selector and the selector's kind. */
  REVEAL_HOLDER = 'REVEAL_HOLDER',
  /** The querier learns nothing a no-hit would not tell; the holder's liaison officers are told and decide. */
  NOTIFY_HOLDER_ONLY = 'NOTIFY_HOLDER_ONLY',
}

/** Why a mode applies, as a stable code (for tests, audit and translations). */
export enum HitDisclosureReason {
  HOLDER_CHOSE_REVEAL = 'HOLDER_CHOSE_REVEAL',
  HOLDER_CHOSE_NOTIFY = 'HOLDER_CHOSE_NOTIFY',
  TLP_RED_NEVER_REVEALS = 'TLP_RED_NEVER_REVEALS',
  H3_NEVER_REVEALS = 'H3_NEVER_REVEALS',
}

/** Why a mode is the default for a lead's markings. */
export enum HitModeDefaultReason {
  OPEN_MARKINGS = 'OPEN_MARKINGS',
  TLP_AMBER_STRICT = 'TLP_AMBER_STRICT',
  TLP_RED = 'TLP_RED',
  H2_NO_PASSING_ON = 'H2_NO_PASSING_ON',
  H3_OTHER_RESTRICTIONS = 'H3_OTHER_RESTRICTIONS',
}

/** A fact a party to a hit learns. */
export enum HitFact {
  HOLDER_AGENCY = 'HOLDER_AGENCY',
  SELECTOR_KIND = 'SELECTOR_KIND',
  QUERYING_AGENCY = 'QUERYING_AGENCY',
  MATCHED_SELECTOR = 'MATCHED_SELECTOR',
  QUERY_TIME = 'QUERY_TIME',
}

/** The markings of the lead whose selector was hit. */
export interface HitMarkings {
  tlp: TlpLabel;
  handlingCodes: readonly HandlingCode[];
}

/** The outcome of `hitDisclosure`: the mode in force, why, who learns what, and one sentence for the UI. */
export interface HitDisclosure {
  mode: HitMode;
  reason: HitDisclosureReason;
  /** What the querying agency learns (empty: exactly what a no-hit tells it). */
  querierLearns: HitFact[];
  /** What the holder's liaison officers learn (the same in both modes: they decide whether to make contact). */
  holderLearns: HitFact[];
  explanation: string;
}

const HOLDER_LEARNS: readonly HitFact[] = [HitFact.QUERYING_AGENCY, HitFact.MATCHED_SELECTOR, HitFact.QUERY_TIME];

const DISCLOSURE_EXPLANATIONS: Record<HitDisclosureReason, string> = {
  [HitDisclosureReason.HOLDER_CHOSE_REVEAL]:
    'The asking agency learns that your agency holds this kind of selector, and your liaison officers learn who asked and when.',
  [HitDisclosureReason.HOLDER_CHOSE_NOTIFY]:
    'The asking agency learns nothing it would not learn from a no-hit; your liaison officers learn who asked and when, and decide whether to make contact.',
  [HitDisclosureReason.TLP_RED_NEVER_REVEALS]:
    'The lead is TLP:RED, so a hit never reveals your agency: the asking agency learns nothing and your liaison officers decide whether to make contact.',
  [HitDisclosureReason.H3_NEVER_REVEALS]:
    'The lead carries handling code H3, so a hit never reveals your agency: the asking agency learns nothing and your liaison officers decide whether to make contact.',
};

const DEFAULT_EXPLANATIONS: Record<HitModeDefaultReason, string> = {
  [HitModeDefaultReason.OPEN_MARKINGS]:
    'Revealing the holder is the default because the lead is TLP:CLEAR, GREEN or AMBER without H2 or H3, so another task-force agency may know that you hold it.',
  [HitModeDefaultReason.TLP_AMBER_STRICT]:
    'Notifying only your liaison officers is the default because TLP:AMBER+STRICT keeps the lead inside your organisation; you may still choose to reveal the holder.',
  [HitModeDefaultReason.TLP_RED]:
    'Only your liaison officers are notified because TLP:RED leads never reveal their holder.',
  [HitModeDefaultReason.H2_NO_PASSING_ON]:
    'Notifying only your liaison officers is the default because H2 means nothing is passed on without the provider’s permission; you may still choose to reveal the holder.',
  [HitModeDefaultReason.H3_OTHER_RESTRICTIONS]:
    'Only your liaison officers are notified because leads with handling code H3 never reveal their holder.',
};

/** Why the markings forbid revealing the holder (TLP:RED first), or null when they allow it. */
function neverReveals(markings: HitMarkings): HitDisclosureReason | null {
  if (markings.tlp === TlpLabel.RED) return HitDisclosureReason.TLP_RED_NEVER_REVEALS;
  if (markings.handlingCodes.includes(HandlingCode.H3)) return HitDisclosureReason.H3_NEVER_REVEALS;
  return null;
}

/**
 * What a hit on one of the lead's selectors reveals: REVEAL_HOLDER only when the holder chose it and the lead is
 * neither TLP:RED nor marked H3; NOTIFY_HOLDER_ONLY otherwise. Markings win over the mode, so a lead re-marked RED
 * or H3 after the holder chose REVEAL_HOLDER stops revealing at once. Pure; never throws.
 */
export function hitDisclosure(input: HitMarkings & { mode: HitMode }): HitDisclosure {
  const forbidden = neverReveals(input);
  const reveal = !forbidden && input.mode === HitMode.REVEAL_HOLDER;
  const reason = forbidden ?? (reveal ? HitDisclosureReason.HOLDER_CHOSE_REVEAL : HitDisclosureReason.HOLDER_CHOSE_NOTIFY);
  return {
    mode: reveal ? HitMode.REVEAL_HOLDER : HitMode.NOTIFY_HOLDER_ONLY,
    reason,
    querierLearns: reveal ? [HitFact.HOLDER_AGENCY, HitFact.SELECTOR_KIND] : [],
    holderLearns: [...HOLDER_LEARNS],
    explanation: DISCLOSURE_EXPLANATIONS[reason],
  };
}

/**
 * The mode a lead gets until its holder chooses: REVEAL_HOLDER for TLP:CLEAR, GREEN and AMBER without H2 or H3;
 * NOTIFY_HOLDER_ONLY for AMBER+STRICT (limited to the recipient's own organisation, TLP 2.0), RED, H2 (not passed
 * on without the provider's permission: that the holder has something on a selector is itself information) and H3.
 * The most restrictive reason is reported: RED, then H3, then AMBER+STRICT, then H2. H0 and H1 limit the use of
 * the content, not the knowledge that it exists, so they keep REVEAL_HOLDER.
 */
export function defaultHitMode(markings: HitMarkings): { mode: HitMode; reason: HitModeDefaultReason; explanation: string } {
  const { tlp, handlingCodes } = markings;
  const reason =
    tlp === TlpLabel.RED
      ? HitModeDefaultReason.TLP_RED
      : handlingCodes.includes(HandlingCode.H3)
        ? HitModeDefaultReason.H3_OTHER_RESTRICTIONS
        : tlp === TlpLabel.AMBER_STRICT
          ? HitModeDefaultReason.TLP_AMBER_STRICT
          : handlingCodes.includes(HandlingCode.H2)
            ? HitModeDefaultReason.H2_NO_PASSING_ON
            : HitModeDefaultReason.OPEN_MARKINGS;
  const mode = reason === HitModeDefaultReason.OPEN_MARKINGS ? HitMode.REVEAL_HOLDER : HitMode.NOTIFY_HOLDER_ONLY;
  return { mode, reason, explanation: DEFAULT_EXPLANATIONS[reason] };
}
