/**
 * Fixed identifiers and mappings of the STIX 2.1 export and import of leads (docs/stix.md). Sources: OASIS STIX
 * Version 2.1 (OASIS Standard, 2021); the TLP 2.0 extension of OASIS cti-stix-common-objects
 * (extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d); FIRST TLP 2.0 (2022).
 */
import { AgencyKind, HandlingCode, InformationCredibility, TlpLabel } from '@taskforce/domain';
import { createHash } from 'node:crypto';

/** The workspace's namespace for the UUIDv5 identifiers of SDOs, markings and bundles (never change it). */
export const STIX_PROJECT_NAMESPACE = 'bfedfb4e-582b-4607-9709-b68e50ea21a4';
/** STIX 2.1 (Identifier data type): the namespace of deterministic SCO identifiers. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** The workspace's extension-definition: the `taskforce-selector` SCO and the lead, route and handling properties. */
export const STIX_EXTENSION_ID = 'extension-definition--b5afe0f3-9469-4bef-9d4f-a721ba6daf48';
/** The identity that created the extension-definition (the workspace software, identity_class `system`). */
export const STIX_WORKSPACE_IDENTITY_ID = 'identity--6d109436-2bd0-4361-ba67-363ee40e9c23';
/** When the extension-definition and the workspace identity were published (RFC 3339, UTC, ms). */
export const STIX_EXTENSION_PUBLISHED = '2026-12-07T00:00:00.000Z';
/** The custom SCO for selectors without a standard SCO (phone, IBAN, account number, identity document, vehicle, crypto). */
export const SELECTOR_SCO_TYPE = 'taskforce-selector';

/** The OASIS TLP 2.0 extension-definition id. */
export const TLP_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
/** TLP 2.0 marking-definition ids of the OASIS extension (../shared/data/README.md, "Codes worth knowing"). */
export const TLP_MARKING_IDS: Record<TlpLabel, string> = {
  [TlpLabel.CLEAR]: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  [TlpLabel.GREEN]: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  [TlpLabel.AMBER]: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  [TlpLabel.AMBER_STRICT]: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  [TlpLabel.RED]: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
/** The `tlp_2_0` value of each label in the extension (lower case, `amber+strict`). */
export const TLP_2_0_VALUE: Record<TlpLabel, string> = {
  [TlpLabel.CLEAR]: 'clear',
  [TlpLabel.GREEN]: 'green',
  [TlpLabel.AMBER]: 'amber',
  [TlpLabel.AMBER_STRICT]: 'amber+strict',
  [TlpLabel.RED]: 'red',
};

/** The TLP 2.0 marking-definition object exactly as the OASIS extension publishes it. */
export function tlpMarkingDefinition(tlp: TlpLabel): Record<string, unknown> {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_MARKING_IDS[tlp],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${TLP_2_0_VALUE[tlp].toUpperCase()}`,
    extensions: { [TLP_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: TLP_2_0_VALUE[tlp] } },
  };
}

/** Strictest first: what an import keeps when several TLP markings (or an unknown marking) apply. */
export const TLP_STRICTEST_FIRST: TlpLabel[] = [TlpLabel.RED, TlpLabel.AMBER_STRICT, TlpLabel.AMBER, TlpLabel.GREEN, TlpLabel.CLEAR];

/** Europol handling codes (Europol Regulation art. 29) in the words of the statement marking. */
export const HANDLING_CODE_TEXT: Record<HandlingCode, string> = {
  [HandlingCode.H0]: 'use only to prevent and combat crime',
  [HandlingCode.H1]: "not to be disclosed in judicial proceedings without the provider's permission",
  [HandlingCode.H2]: "not to be passed on without the provider's permission",
  [HandlingCode.H3]: 'other restrictions',
};

/**
 * Sectors of an agency's identity (STIX 2.1 industry-sector-ov): public authorities of a state `government-national`,
 * NGOs `non-profit`, international bodies (IOM, UNODC, Europol) `government` (the vocabulary has no intergovernmental
 * sector); OTHER none.
 */
export const AGENCY_SECTORS: Record<AgencyKind, string[]> = {
  [AgencyKind.LAW_ENFORCEMENT]: ['government-national'],
  [AgencyKind.PROSECUTION]: ['government-national'],
  [AgencyKind.LABOUR_INSPECTORATE]: ['government-national'],
  [AgencyKind.BORDER_IMMIGRATION]: ['government-national'],
  [AgencyKind.GOVERNMENT]: ['government-national'],
  [AgencyKind.NGO]: ['non-profit'],
  [AgencyKind.INTERNATIONAL_ORGANIZATION]: ['government'],
  [AgencyKind.OTHER]: [],
};

/**
 * STIX `confidence` (0–100) of an Admiralty information credibility, per the "Admiralty Credibility" scale of STIX 2.1
 * appendix A (Confidence Scales): 1 → 90, 2 → 70, 3 → 50, 4 → 30, 5 → 10; 6 "truth cannot be judged" → no confidence.
 */
export const CREDIBILITY_CONFIDENCE: Record<InformationCredibility, number | null> = {
  [InformationCredibility.CONFIRMED]: 90,
  [InformationCredibility.PROBABLY_TRUE]: 70,
  [InformationCredibility.POSSIBLY_TRUE]: 50,
  [InformationCredibility.DOUBTFUL]: 30,
  [InformationCredibility.IMPROBABLE]: 10,
  [InformationCredibility.CANNOT_BE_JUDGED]: null,
};

/** The credibility whose range in the same appendix A scale holds `confidence` (80–100 → 1 … 0–19 → 5). */
export function credibilityOfConfidence(confidence: number): InformationCredibility {
  if (confidence >= 80) return InformationCredibility.CONFIRMED;
  if (confidence >= 60) return InformationCredibility.PROBABLY_TRUE;
  if (confidence >= 40) return InformationCredibility.POSSIBLY_TRUE;
  if (confidence >= 20) return InformationCredibility.DOUBTFUL;
  return InformationCredibility.IMPROBABLE;
}

/** RFC 9562 §5.5 UUIDv5: SHA-1 of the namespace's 16 bytes and the UTF-8 name; version 5, variant 10. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `<type>--<UUIDv5>` under the workspace namespace, from a name giving the object's role (`report/<lead id>`). */
export function projectId(type: string, role: string): string {
  return `${type}--${uuidV5(role, STIX_PROJECT_NAMESPACE)}`;
}

/**
 * STIX 2.1 deterministic SCO id (Identifier data type): UUIDv5 under the SCO namespace of the RFC 8785 canonical JSON of the
 * ID-contributing properties (flat strings here: keys in code-point order, no white space).
 */
export function scoId(type: string, contributing: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(contributing).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${type}--${uuidV5(JSON.stringify(sorted), STIX_SCO_NAMESPACE)}`;
}
