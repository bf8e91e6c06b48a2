/**
 * Admiralty (NATO) grading and Europol handling codes: labels for display.
 * Source of the grading labels: MISP taxonomy `admiralty-scale` v5 (../shared/data/markings/
 * admiralty-scale-machinetag.json, after FM 2-22.3), without its non-standard "G". Handling codes: Europol
 * Regulation (EU) 2016/794, as summarised in ../shared/data/README.md.
 */
import { HandlingCode, InformationCredibility, SourceReliability } from './types';

/** English label of each source-reliability grade. */
export const SOURCE_RELIABILITY_LABELS: Readonly<Record<SourceReliability, string>> = {
  [SourceReliability.A]: 'Completely reliable',
  [SourceReliability.B]: 'Usually reliable',
  [SourceReliability.C]: 'Fairly reliable',
  [SourceReliability.D]: 'Not usually reliable',
  [SourceReliability.E]: 'Unreliable',
  [SourceReliability.F]: 'Reliability cannot be judged',
};

/** English label of each information-credibility grade. */
export const INFORMATION_CREDIBILITY_LABELS: Readonly<Record<InformationCredibility, string>> = {
  [InformationCredibility.CONFIRMED]: 'Confirmed by other sources',
  [InformationCredibility.PROBABLY_TRUE]: 'Probably true',
  [InformationCredibility.POSSIBLY_TRUE]: 'Possibly true',
  [InformationCredibility.DOUBTFUL]: 'Doubtful',
  [InformationCredibility.IMPROBABLE]: 'Improbable',
  [InformationCredibility.CANNOT_BE_JUDGED]: 'Truth cannot be judged',
};

/** The grade as written by analysts, e.g. `B2` (source reliability letter + information credibility digit). */
export function admiraltyGrade(source: SourceReliability, information: InformationCredibility): string {
  return `${source}${information}`;
}

/** Reads a written grade such as `b2` or `B2`; null when it is not A–F followed by 1–6. */
export function parseAdmiraltyGrade(text: string): { source: SourceReliability; information: InformationCredibility } | null {
  const match = /^([A-F])([1-6])$/.exec(text.trim().toUpperCase());
  if (!match) return null;
  return { source: match[1] as SourceReliability, information: match[2] as InformationCredibility };
}

/** What each handling code asks of a recipient (Europol wording, shortened). */
export const HANDLING_CODE_TEXT: Readonly<Record<HandlingCode, string>> = {
  [HandlingCode.H0]: 'Use only to prevent and combat crime.',
  [HandlingCode.H1]: "Not to be used in judicial proceedings without the provider's permission.",
  [HandlingCode.H2]: "Not to be passed on without the provider's permission.",
  [HandlingCode.H3]: 'Other restrictions, stated by the provider.',
};
