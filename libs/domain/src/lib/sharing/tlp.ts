/**
 * TLP 2.0 labels, colours and identifiers.
 * Source: FIRST, "Traffic Light Protocol (TLP) — FIRST Standards Definitions and Usage Guidance, Version 2.0"
 * (https://www.first.org/tlp/, authoritative from August 2022), section 2 "Usage" (colour-coding: label in its
 * colour on a black background). The same hex colours appear in the MISP taxonomy `tlp` v10
 * (../shared/data/markings/tlp-machinetag.json, CC0/BSD). STIX ids: OASIS cti-stix-common-objects, TLP 2.0
 * extension `extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d` (listed in ../shared/data/README.md).
 */
import { TlpLabel } from './types';

/** Labels from least to most restrictive (CLEAR … RED). */
export const TLP_ORDER: readonly TlpLabel[] = [TlpLabel.CLEAR, TlpLabel.GREEN, TlpLabel.AMBER, TlpLabel.AMBER_STRICT, TlpLabel.RED];

/** Written label without prefix, e.g. `AMBER+STRICT` (TLP 2.0 §1b: capitals, no spaces, never translated). */
export function tlpDisplayLabel(label: `${TlpLabel}`): string {
  return label === TlpLabel.AMBER_STRICT ? 'AMBER+STRICT' : label;
}

/** Full marking as written on documents, e.g. `TLP:AMBER+STRICT`. */
export function tlpMarking(label: `${TlpLabel}`): string {
  return `TLP:${tlpDisplayLabel(label)}`;
}

/** Colours of a TLP label: text colour and background, as #RRGGBB (FIRST TLP 2.0 §2; AMBER+STRICT uses AMBER's). */
export interface TlpColours {
  /** Label colour; FIRST gives RGB and CMYK (RED 255/43/43 = CMYK 0/83/83/0, AMBER 255/192/0, GREEN 51/255/0, CLEAR 255/255/255). */
  text: string;
  /** Background colour: black for every label. */
  background: string;
}

/** Standard colours per FIRST TLP 2.0 §2 (hex of the RGB values given there; equal to the MISP taxonomy's). */
export const TLP_COLOURS: Readonly<Record<TlpLabel, TlpColours>> = {
  [TlpLabel.CLEAR]: { text: '#FFFFFF', background: '#000000' },
  [TlpLabel.GREEN]: { text: '#33FF00', background: '#000000' },
  [TlpLabel.AMBER]: { text: '#FFC000', background: '#000000' },
  [TlpLabel.AMBER_STRICT]: { text: '#FFC000', background: '#000000' },
  [TlpLabel.RED]: { text: '#FF2B2B', background: '#000000' },
};

/** STIX 2.1 marking-definition id of each TLP 2.0 label (OASIS cti-stix-common-objects). */
export const TLP_STIX_MARKING_DEFINITION_IDS: Readonly<Record<TlpLabel, string>> = {
  [TlpLabel.CLEAR]: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  [TlpLabel.GREEN]: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  [TlpLabel.AMBER]: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  [TlpLabel.AMBER_STRICT]: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  [TlpLabel.RED]: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** One-line meaning of each label in this workspace (who may receive it), for tooltips. */
export const TLP_AUDIENCE: Readonly<Record<TlpLabel, string>> = {
  [TlpLabel.CLEAR]: 'No limit on disclosure.',
  [TlpLabel.GREEN]: 'The task-force community: agencies registered in this workspace.',
  [TlpLabel.AMBER]: 'The recipient agency and those it needs to tell: agencies in the joint operations the lead is linked to.',
  [TlpLabel.AMBER_STRICT]: 'The recipient agency only.',
  [TlpLabel.RED]: 'Named recipients only.',
};

/** Rank 0 (CLEAR) … 4 (RED). */
export function tlpRank(label: TlpLabel): number {
  return TLP_ORDER.indexOf(label);
}

/** The more restrictive of two labels. */
export function mostRestrictiveTlp(a: TlpLabel, b: TlpLabel): TlpLabel {
  return tlpRank(a) >= tlpRank(b) ? a : b;
}

/**
 * Reads a written TLP 2.0 label (`TLP:AMBER+STRICT`, `amber+strict`, `AMBER_STRICT`, MISP `tlp:amber+strict`);
 * null for anything else, including the legacy WHITE, EX:CHR and UNCLEAR values of the MISP taxonomy.
 */
export function parseTlpLabel(text: string): TlpLabel | null {
  const bare = text.trim().toUpperCase().replace(/^TLP:/, '');
  const key = bare === 'AMBER+STRICT' ? 'AMBER_STRICT' : bare;
  return (Object.values(TlpLabel) as string[]).includes(key) ? (key as TlpLabel) : null;
}

/**
 * Text copied out of a marked item (a channel message, a request for information, its answer), with its markings on
 * the first line so that they travel with it into a lead, a report or an e-mail: `[TLP:AMBER H2] text`. FIRST TLP 2.0
 * asks that the label be kept with the information wherever it goes.
 */
export function markedCopy(text: string, label: `${TlpLabel}`, handlingCode: string | null): string {
  return `[${tlpMarking(label)}${handlingCode ? ` ${handlingCode}` : ''}] ${text}`;
}
