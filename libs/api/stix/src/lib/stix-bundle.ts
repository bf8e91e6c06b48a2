/**
 * The STIX 2.1 bundle of a lead as one viewer may read it (docs/stix.md): pure, deterministic (the same projection
 * gives the same bytes). Source: OASIS STIX Version 2.1 (OASIS Standard, 2021).
 */
import { AgencyKind, FormOfExploitation, HandlingCode, InformationCredibility, SourceReliability, TlpLabel } from '@taskforce/domain';
import { SelectorKind } from '@taskforce/domain/matching';
import { selectorSco } from './stix-selectors';
import {
  AGENCY_SECTORS,
  CREDIBILITY_CONFIDENCE,
  HANDLING_CODE_TEXT,
  projectId,
  SELECTOR_SCO_TYPE,
  STIX_EXTENSION_ID,
  STIX_EXTENSION_PUBLISHED,
  STIX_WORKSPACE_IDENTITY_ID,
  tlpMarkingDefinition,
  TLP_MARKING_IDS,
} from './stix-vocabulary';

/** What the bundle is made of: the viewer's projection of the lead, its originating agency and readable selectors. */
export interface StixLeadSource {
  lead: {
    id: string;
    summary: string;
    /** As the viewer reads it: the redaction notice for a redacted share. */
    details: string;
    formOfExploitation: FormOfExploitation;
    route: Array<{ country: string; role: string }>;
    tlp: TlpLabel;
    sourceReliability: SourceReliability;
    informationCredibility: InformationCredibility;
    handlingCodes: HandlingCode[];
    handlingCondition: string | null;
    createdAt: Date;
    updatedAt: Date;
    /** Data categories as the viewer reads them (removed ones left out). */
    dataCategories: string[];
    /** Categories the viewer's share removed (empty for the originator and a full share). */
    redactedCategories: string[];
  };
  agency: { id: string; name: string; kind: AgencyKind; createdAt: Date };
  /** Normalised selectors the viewer may read. */
  selectors: Array<{ kind: SelectorKind; value: string }>;
}

type StixObject = Record<string, unknown>;

/** The workspace's extension-definition (STIX 2.1 Extension Definition): one new SCO and property extensions. */
export function extensionDefinition(): StixObject {
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: STIX_EXTENSION_ID,
    created: STIX_EXTENSION_PUBLISHED,
    modified: STIX_EXTENSION_PUBLISHED,
    created_by_ref: STIX_WORKSPACE_IDENTITY_ID,
    name: 'Task-force workspace leads',
    description: 'Leads of a joint anti-trafficking task force: selectors without a standard SCO, the Admiralty grading and form of exploitation of a report, the role of a route country, and Europol handling codes.',
    schema: [
      `new-sco ${SELECTOR_SCO_TYPE}: selector_kind (PHONE, IBAN, ACCOUNT_NUMBER, IDENTITY_DOCUMENT, VEHICLE_REGISTRATION, CRYPTO_ADDRESS; required), value (the normalised value: E.164 phone, ISO 13616 IBAN, country|bank code|number, document type|issuing country|number, country|plate, network|address; required); id contributing properties selector_kind and value.`,
      'property-extension on report: form_of_exploitation (Palermo Protocol art. 3 forms), source_reliability (Admiralty A-F), information_credibility (Admiralty 1-6), data_categories (the categories of data the lead contains as exported).',
      'property-extension on location: route_role (ORIGIN, TRANSIT or DESTINATION).',
      'property-extension on marking-definition: handling_codes (Europol H0-H3), handling_condition (the H3 condition, free text).',
    ].join(' '),
    version: '1.0.0',
    extension_types: ['new-sco', 'property-extension'],
  };
}

/** The identity that created the extension-definition. */
export function workspaceIdentity(): StixObject {
  return { type: 'identity', spec_version: '2.1', id: STIX_WORKSPACE_IDENTITY_ID, created: STIX_EXTENSION_PUBLISHED, modified: STIX_EXTENSION_PUBLISHED, name: 'Task-force workspace', identity_class: 'system' };
}

/** The handling-code statement marking (with its machine-readable property extension), or null without codes. */
function handlingMarking(source: StixLeadSource, identity: string, created: string): StixObject | null {
  const { lead } = source;
  if (!lead.handlingCodes.length) return null;
  const codes = [...lead.handlingCodes].sort();
  const statement = codes.map((c) => `${c} — ${c === HandlingCode.H3 && lead.handlingCondition ? lead.handlingCondition : HANDLING_CODE_TEXT[c]}`).join('; ');
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: projectId('marking-definition', `handling/${lead.id}`),
    created,
    created_by_ref: identity,
    name: `Handling codes: ${codes.join(', ')}`,
    definition_type: 'statement',
    definition: { statement: `Europol handling codes (Europol Regulation art. 29): ${statement}` },
    extensions: { [STIX_EXTENSION_ID]: { extension_type: 'property-extension', handling_codes: codes, ...(lead.handlingCondition ? { handling_condition: lead.handlingCondition } : {}) } },
  };
}

/**
 * The bundle: TLP 2.0 marking-definition, handling marking, extension-definition, workspace identity, the agency's
 * identity, the report, a location per route stop and an SCO per readable selector (sorted by id). Every SDO and SCO
 * carries the TLP and handling markings; timestamps are RFC 3339 UTC with milliseconds; ids are UUIDv5 (docs/stix.md).
 */
export function leadBundle(source: StixLeadSource): { type: 'bundle'; id: string; objects: StixObject[] } {
  const { lead, agency } = source;
  const created = lead.createdAt.toISOString();
  const modified = lead.updatedAt.toISOString();
  const identityId = projectId('identity', `identity/${agency.id}`);
  const handling = handlingMarking(source, identityId, created);
  const markings = [TLP_MARKING_IDS[lead.tlp], ...(handling ? [handling['id'] as string] : [])];
  const sectors = AGENCY_SECTORS[agency.kind];
  const agencyCreated = agency.createdAt.toISOString();
  const identity: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: identityId,
    created: agencyCreated,
    modified: agencyCreated,
    created_by_ref: identityId,
    name: agency.name,
    identity_class: 'organization',
    ...(sectors.length ? { sectors } : {}),
    object_marking_refs: markings,
  };
  const locations: StixObject[] = lead.route.map((stop, i) => ({
    type: 'location',
    spec_version: '2.1',
    id: projectId('location', `location/${lead.id}/${i}`),
    created,
    modified,
    created_by_ref: identityId,
    country: stop.country,
    object_marking_refs: markings,
    extensions: { [STIX_EXTENSION_ID]: { extension_type: 'property-extension', route_role: stop.role } },
  }));
  const byId = new Map(source.selectors.map((s) => selectorSco(s.kind, s.value, markings)).map((o) => [o['id'] as string, o]));
  const scos = [...byId.values()].sort((a, b) => ((a['id'] as string) < (b['id'] as string) ? -1 : 1));
  const redacted = [...lead.redactedCategories].sort();
  const confidence = CREDIBILITY_CONFIDENCE[lead.informationCredibility];
  const report: StixObject = {
    type: 'report',
    spec_version: '2.1',
    id: projectId('report', redacted.length ? `report/${lead.id}/without/${redacted.join(',')}` : `report/${lead.id}`),
    created,
    modified,
    created_by_ref: identityId,
    name: lead.summary,
    description: lead.details,
    report_types: ['threat-report'],
    published: created,
    ...(confidence === null ? {} : { confidence }),
    labels: [lead.formOfExploitation.toLowerCase().replace(/_/g, '-')],
    object_refs: [identityId, ...locations.map((l) => l['id']), ...scos.map((s) => s['id'])],
    object_marking_refs: markings,
    extensions: {
      [STIX_EXTENSION_ID]: { extension_type: 'property-extension', form_of_exploitation: lead.formOfExploitation, source_reliability: lead.sourceReliability, information_credibility: lead.informationCredibility, data_categories: [...lead.dataCategories] },
    },
  };
  return {
    type: 'bundle',
    id: projectId('bundle', `bundle/${report['id']}`),
    objects: [tlpMarkingDefinition(lead.tlp), ...(handling ? [handling] : []), extensionDefinition(), workspaceIdentity(), identity, report, ...locations, ...scos],
  };
}
