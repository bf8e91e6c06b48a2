/**
 * Reading a STIX 2.1 bundle into a lead (docs/stix.md, "Import"): pure, no I/O. The bundle holds exactly one report
 * (or grouping) — the lead — with its route locations, markings and the SCOs it references; every object that maps to
 * nothing of the lead is reported with the reason.
 */
import { DataCategory, FormOfExploitation, HandlingCode, InformationCredibility, SourceReliability, TlpLabel } from '@taskforce/domain';
import { SelectorKind } from '@taskforce/domain/matching';
import { scoSelector } from './stix-selectors';
import { credibilityOfConfidence, STIX_EXTENSION_ID, STIX_WORKSPACE_IDENTITY_ID, TLP_MARKING_IDS, TLP_STRICTEST_FIRST } from './stix-vocabulary';

/** An object of the bundle that was not imported, and why. */
export interface SkippedObject {
  id: string;
  type: string;
  reason: string;
}

/** The lead a bundle describes, in the shape of CreateLeadInput, before its validation. */
export interface ImportedLead {
  summary: unknown;
  details: unknown;
  formOfExploitation: FormOfExploitation;
  route: Array<{ country: string; role: string }>;
  dataCategories: DataCategory[];
  tlp: TlpLabel;
  sourceReliability: SourceReliability;
  informationCredibility: InformationCredibility;
  handlingCodes: HandlingCode[];
  handlingCondition?: string;
}

/** A selector found on an SCO the report references. */
export interface ImportedSelector {
  stixId: string;
  type: string;
  kind: SelectorKind;
  input: Record<string, string>;
}

export type StixReading =
  | { ok: true; reportId: string; locationIds: string[]; lead: ImportedLead; selectors: ImportedSelector[]; skipped: SkippedObject[] }
  | { ok: false; problems: Array<{ field: string; message: string }> };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ofEnum = <E extends Record<string, string>>(e: E, v: unknown): E[keyof E] | null => (Object.values(e).includes(v as string) ? (v as E[keyof E]) : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const ext = (o: Obj): Obj => {
  const all = o['extensions'];
  return isObj(all) && isObj(all[STIX_EXTENSION_ID]) ? all[STIX_EXTENSION_ID] : {};
};
const ROLES = ['ORIGIN', 'TRANSIT', 'DESTINATION'];
/** Most route stops and selectors a lead takes from a bundle. */
const MAX_STOPS = 20;
const MAX_SELECTORS = 100;

/** Role of a route stop without a `route_role`: first ORIGIN, last DESTINATION, others TRANSIT (one stop: ORIGIN). */
function roleByPosition(i: number, n: number): string {
  return i === 0 ? 'ORIGIN' : i === n - 1 ? 'DESTINATION' : 'TRANSIT';
}

/** An RFC 4122 UUID (versions 1–5, the RFC 4122 variant), hexadecimal digits in either case (RFC 4122 section 3). */
const RFC_4122_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The identifier problems of a bundle's objects (STIX 2.1 section 2.9, Identifier: `<object type>--<RFC 4122 UUID>`,
 * the type being the object's own `type`; and one object per id in the bundle), one per object at fault, named
 * `bundle.objects[<index, from 0>].id`, in bundle order.
 */
export function identifierProblems(objects: ReadonlyArray<Obj>): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const first = new Map<string, number>();
  objects.forEach((o, i) => {
    const id = o['id'] as string;
    const type = o['type'] as string;
    const field = `bundle.objects[${i}].id`;
    const prefix = `${type}--`;
    if (!id.startsWith(prefix) || !RFC_4122_UUID.test(id.slice(prefix.length))) {
      problems.push({ field, message: `id must be "${type}--" followed by an RFC 4122 UUID (STIX 2.1 section 2.9)` });
      return;
    }
    const seen = first.get(id.toLowerCase());
    if (seen !== undefined) problems.push({ field, message: `id is the id of bundle.objects[${seen}]: each object of a bundle must have its own id` });
    else first.set(id.toLowerCase(), i);
  });
  return problems;
}

/**
 * The lead a bundle (JSON text) describes. Problems (field names: `bundle`, `bundle.type`, `bundle.objects`,
 * `bundle.objects[i].id`) when it is not JSON, not a bundle, holds an object whose id is malformed or repeated
 * (`identifierProblems`), or does not hold exactly one report or grouping. `isCountry` checks ISO 3166-1 alpha-2.
 */
export function readStixBundle(text: string, isCountry: (code: string) => boolean): StixReading {
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ field: 'bundle', message: 'bundle must be JSON text (a STIX 2.1 bundle)' }] };
  }
  if (!isObj(bundle) || bundle['type'] !== 'bundle') return { ok: false, problems: [{ field: 'bundle.type', message: 'bundle.type must be "bundle"' }] };
  const objects = bundle['objects'];
  if (!Array.isArray(objects) || !objects.every((o) => isObj(o) && typeof o['id'] === 'string' && typeof o['type'] === 'string')) {
    return { ok: false, problems: [{ field: 'bundle.objects', message: 'bundle.objects must be a list of STIX objects, each with type and id' }] };
  }
  const idProblems = identifierProblems(objects as Obj[]);
  if (idProblems.length) return { ok: false, problems: idProblems };
  const reports = (objects as Obj[]).filter((o) => o['type'] === 'report' || o['type'] === 'grouping');
  if (reports.length !== 1) return { ok: false, problems: [{ field: 'bundle.objects', message: 'bundle.objects must hold exactly one report or grouping (the lead)' }] };
  const report = reports[0];
  const byId = new Map((objects as Obj[]).map((o) => [o['id'] as string, o]));
  const used = new Set<string>([report['id'] as string, STIX_EXTENSION_ID, STIX_WORKSPACE_IDENTITY_ID]);
  const skipped: SkippedObject[] = [];
  const skip = (o: Obj, reason: string) => skipped.push({ id: o['id'] as string, type: o['type'] as string, reason });
  const refs = strings(report['object_refs']);

  // Markings: TLP 2.0 ids (the strictest when several), the workspace's handling marking; anything else → TLP:RED.
  const tlps = new Set<TlpLabel>();
  let handlingCodes: HandlingCode[] = [];
  let handlingCondition: string | undefined;
  let unknownMarking = false;
  for (const ref of strings(report['object_marking_refs'])) {
    const tlp = (Object.keys(TLP_MARKING_IDS) as TlpLabel[]).find((label) => TLP_MARKING_IDS[label] === ref);
    const marking = byId.get(ref);
    if (tlp) tlps.add(tlp);
    else if (marking && Array.isArray(ext(marking)['handling_codes'])) {
      handlingCodes = strings(ext(marking)['handling_codes']).map((c) => ofEnum(HandlingCode, c)).filter((c): c is HandlingCode => !!c);
      const condition = ext(marking)['handling_condition'];
      if (typeof condition === 'string' && condition.trim()) handlingCondition = condition;
    } else {
      unknownMarking = true;
      skipped.push({ id: ref, type: (marking?.['type'] as string) ?? 'marking-definition', reason: 'unknown marking: its restrictions cannot be checked, so the lead is marked TLP:RED, the strictest' });
    }
    if (tlp || marking) used.add(ref);
  }
  const tlp = unknownMarking || !tlps.size ? TlpLabel.RED : TLP_STRICTEST_FIRST.find((label) => tlps.has(label))!;
  if (!tlps.size && !unknownMarking) skipped.push({ id: report['id'] as string, type: report['type'] as string, reason: 'no TLP 2.0 marking: the lead is marked TLP:RED, the strictest' });
  if (handlingCodes.includes(HandlingCode.H3) && !handlingCondition) handlingCondition = 'Other restrictions: the condition was not given in the STIX bundle; ask the provider';
  if (!handlingCodes.includes(HandlingCode.H3)) handlingCondition = undefined;

  // Route and selectors, in the order the report references them.
  const route: Array<{ country: string; role: string }> = [];
  const locationIds: string[] = [];
  const selectors: ImportedSelector[] = [];
  const locations = refs.map((r) => byId.get(r)).filter((o): o is Obj => o?.['type'] === 'location');
  locations.forEach((o, i) => {
    const country = typeof o['country'] === 'string' ? o['country'].toUpperCase() : null;
    if (!country || !isCountry(country)) return skip(o, 'a route stop needs an ISO 3166-1 alpha-2 country');
    if (route.length >= MAX_STOPS) return skip(o, `a lead's route has at most ${MAX_STOPS} stops`);
    const role = ROLES.includes(ext(o)['route_role'] as string) ? (ext(o)['route_role'] as string) : roleByPosition(i, locations.length);
    route.push({ country, role });
    locationIds.push(o['id'] as string);
    used.add(o['id'] as string);
  });
  const seen = new Set<string>();
  for (const ref of refs) {
    const o = byId.get(ref);
    if (!o || o['type'] === 'location' || o['type'] === 'identity') continue;
    const found = scoSelector(o);
    if (!found.ok) continue;
    used.add(ref);
    const key = `${found.kind}|${JSON.stringify(found.input)}`;
    if (seen.has(key)) continue;
    if (selectors.length >= MAX_SELECTORS) {
      skip(o, `a lead takes at most ${MAX_SELECTORS} selectors from a bundle`);
      continue;
    }
    seen.add(key);
    selectors.push({ stixId: ref, type: o['type'] as string, kind: found.kind, input: found.input });
  }
  for (const o of objects as Obj[]) {
    if (used.has(o['id'] as string) || skipped.some((s) => s.id === o['id'])) continue;
    if (o['type'] === 'identity') skip(o, 'not imported: the new lead is recorded as your agency’s');
    else if (o['type'] === 'marking-definition' && (Object.values(TLP_MARKING_IDS) as unknown[]).includes(o['id'])) continue;
    else if (scoSelector(o).ok) skip(o, 'not referenced by the report');
    else skip(o, 'no field of a lead holds this object');
  }

  const props = ext(report);
  const confidence = report['confidence'];
  const credibility = ofEnum(InformationCredibility, props['information_credibility']) ?? (typeof confidence === 'number' && confidence >= 0 && confidence <= 100 ? credibilityOfConfidence(confidence) : InformationCredibility.CANNOT_BE_JUDGED);
  const labelled = strings(report['labels']).map((l) => ofEnum(FormOfExploitation, l.toUpperCase().replace(/-/g, '_'))).find((f) => !!f);
  return {
    ok: true,
    reportId: report['id'] as string,
    locationIds,
    lead: {
      summary: report['name'],
      details: report['description'] ?? '',
      formOfExploitation: ofEnum(FormOfExploitation, props['form_of_exploitation']) ?? labelled ?? FormOfExploitation.OTHER,
      route,
      dataCategories: strings(props['data_categories']).map((c) => ofEnum(DataCategory, c)).filter((c): c is DataCategory => !!c),
      tlp,
      sourceReliability: ofEnum(SourceReliability, props['source_reliability']) ?? SourceReliability.F,
      informationCredibility: credibility,
      handlingCodes,
      ...(handlingCondition ? { handlingCondition } : {}),
    },
    selectors,
    skipped,
  };
}
