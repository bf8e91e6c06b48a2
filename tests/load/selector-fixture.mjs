// The selectors benchmark's data: selector values with valid normal forms, their blind indexes, and the SQL fixture
// (agencies up to BENCH_AGENCIES, leads for each, BENCH_SELECTORS lead_selectors rows spread over them).
import { createHmac, randomUUID } from 'node:crypto';

/** The kinds the benchmark queries and records (the bare baseline normalises these three). */
export const KINDS = ['PHONE', 'EMAIL', 'IBAN'];

/** The CSV and GraphQL field of each kind's main value. */
export const FIELD = { PHONE: 'phone', EMAIL: 'email', IBAN: 'iban' };

/**
 * ISO 13616 check digits of an IBAN (ISO 7064 MOD 97-10): the country and BBAN moved behind `00`, letters as 10–35.
 * @returns the whole IBAN, electronic format
 */
export function ibanWithCheckDigits(country, bban) {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = 98n - (BigInt(digits) % 97n);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/**
 * Selector value number `i` (0 ≤ i < 1,000,000) of kind `kind` in the namespace `space` (0–9: the known selectors,
 * the no-hit queries and the recordings use different ones, so that no value is in two of them), already in the normal
 * form the API computes (libs/domain matching README): Romanian mobile numbers in E.164 (+407…), lower-case e-mail
 * addresses under .ro, Romanian IBANs with valid check digits.
 */
export function selectorValue(kind, space, i) {
  const n = String(i).padStart(6, '0');
  if (kind === 'PHONE') return `+4072${space}${n}`;
  if (kind === 'EMAIL') return `bench${space}.${n}@example.ro`;
  if (kind === 'IBAN') return ibanWithCheckDigits('RO', `BTRL${space}${n}000000000`);
  throw new Error(`no benchmark values of kind ${kind}`);
}

/** Value spaces: held by other agencies (hits), never held (no-hits), recorded by the recording rounds. */
export const SPACE = { KNOWN: 1, MISS: 2, RECORDED: 3 };

/**
 * `n` query values of round `r`: alternately a known selector (a hit; `knownPerKind` of each kind are held) and one
 * never held (a no-hit), the kinds in turn; `expected` is the answer the fixture implies.
 */
export function queryValues(knownPerKind, r, n) {
  return Array.from({ length: n }, (_, i) => {
    const kind = KINDS[i % KINDS.length];
    const k = r * n + i;
    return i % 2 === 0
      ? { kind, value: selectorValue(kind, SPACE.KNOWN, k % knownPerKind), expected: true }
      : { kind, value: selectorValue(kind, SPACE.MISS, k), expected: false };
  });
}

/** A list of `n` lines: every `hitEvery`-th a known selector, the others never held; `salt` varies the values. */
export function listLines(knownPerKind, hitEvery, n, salt) {
  return Array.from({ length: n }, (_, i) => {
    const kind = KINDS[i % KINDS.length];
    const hit = i % hitEvery === 0;
    return { kind, value: hit ? selectorValue(kind, SPACE.KNOWN, (salt + i) % knownPerKind) : selectorValue(kind, SPACE.MISS, 500_000 + ((salt + i) % 400_000)), expected: hit };
  });
}

/** The CSV of a list: header `kind,value`, one line per selector. */
export const csvOf = (lines) => `kind,value\n${lines.map((l) => `${l.kind},${l.value}`).join('\n')}\n`;

/** The CreateLeadInput of the leads the recording rounds create (markings that reveal the holder; no persons). */
export const leadInput = (summary) => ({
  summary,
  details: 'Benchmark lead recorded by the selectors benchmark.',
  formOfExploitation: 'FORCED_LABOUR',
  route: [{ country: 'RO', role: 'ORIGIN' }, { country: 'NL', role: 'DESTINATION' }],
  dataCategories: [],
  tlp: 'GREEN',
  sourceReliability: 'B',
  informationCredibility: 'PROBABLY_TRUE',
  handlingCodes: [],
});

/** The lowercase hex HMAC-SHA-256 of `kind NUL value` under `key` (Buffer): the API's blind index (BlindIndex). */
export const blindIndexOf = (key, kind, value) => createHmac('sha256', key).update(`${kind}\u0000${value}`, 'utf8').digest('hex');

/** A MATCHING_KEY setting `keyId:base64key` and its key, from 32 bytes. */
export function matchingKey(bytes) {
  return { setting: `bench:${bytes.toString('base64')}`, keyId: 'bench', key: bytes };
}

/**
 * Copies the row `id` of `table` `n` times in one INSERT … SELECT … generate_series(1, n) AS g; `set` overrides
 * columns with SQL expressions over `g` (and `$3…` for `values`). Returns the new ids in the order of g.
 */
async function copyRows(db, table, id, n, set, values = []) {
  if (n <= 0) return [];
  const { rows: columns } = await db.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'id' AND is_generated = 'NEVER' AND is_identity = 'NO' ORDER BY ordinal_position`,
    [table],
  );
  const names = columns.map((c) => c.column_name);
  const { rows } = await db.query(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.map((c) => set[c] ?? `src.${c}`).join(', ')}
       FROM ${table} src, generate_series(1, $2::int) AS g WHERE src.id = $1 ORDER BY g RETURNING id::text AS id`,
    [id, n, ...values],
  );
  return rows.map((r) => r.id);
}

/**
 * Adds the fixture in SQL and ANALYZEs: agencies up to `agencies` (copies of a demo agency), `leadsPerAgency` leads for
 * every agency (copies of a demo lead: TLP:GREEN, no handling code, hit mode REVEAL_HOLDER), `knownPerKind` known
 * selectors of each kind in KINDS (space KNOWN, their blind indexes computed here) on leads of agencies other than
 * `querierAgencyId`, and random filler rows (64 random hex digits as blind index, never a value's) up to `total`
 * lead_selectors rows in all, spread over the leads and the nine kinds. Filler rows are never decrypted on the query
 * path: their ciphertext is a placeholder.
 * @returns `{ agencies, leads, selectors, known, filler, perAgency: { min, max } }`
 */
export async function addSelectorFixture(db, { agencies, leadsPerAgency, total, knownPerKind, querierAgencyId, key, keyId, log = () => undefined }) {
  const { rows: [{ n: agencyCount }] } = await db.query(`SELECT count(*)::int AS n FROM agencies`);
  const { rows: [agencyTemplate] } = await db.query(`SELECT id::text FROM agencies ORDER BY created_at, id LIMIT 1`);
  await copyRows(db, 'agencies', agencyTemplate.id, agencies - agencyCount, { name: `'Benchmark agency ' || g`, acronym: `'BENCH-' || g`, country: `'RO'` });
  const { rows: agencyRows } = await db.query(`SELECT id::text FROM agencies ORDER BY acronym`);
  const agencyIds = agencyRows.map((r) => r.id);

  const { rows: [leadTemplate] } = await db.query(`SELECT id::text FROM leads ORDER BY created_at, id LIMIT 1`);
  await copyRows(
    db,
    'leads',
    leadTemplate.id,
    agencyIds.length * leadsPerAgency,
    {
      summary: `'Benchmark lead ' || g`,
      originating_agency_id: `($3::uuid[])[1 + g % cardinality($3::uuid[])]`,
      operation_id: 'NULL',
      named_recipient_agency_ids: `'{}'::uuid[]`,
      tlp: `'GREEN'::tlp_label`,
      handling_codes: `'{}'::handling_code[]`,
      handling_condition: 'NULL',
      hit_mode: `'REVEAL_HOLDER'::hit_mode`,
      created_at: `now() - g * interval '1 second'`,
      updated_at: `now() - g * interval '1 second'`,
    },
    [agencyIds],
  );
  const { rows: leadRows } = await db.query(`SELECT id::text, originating_agency_id::text AS agency FROM leads WHERE summary LIKE 'Benchmark lead %' ORDER BY id`);
  const leadIds = leadRows.map((r) => r.id);
  const holderLeads = leadRows.filter((r) => r.agency !== querierAgencyId).map((r) => r.id);
  const { rows: [creator] } = await db.query(`SELECT created_by_id::text AS id FROM leads WHERE id = $1`, [leadTemplate.id]);
  log(`${agencyIds.length} agencies, ${leadIds.length} benchmark leads`);

  // Known selectors: held by other agencies than the querier's, on leads that reveal their holder.
  const known = KINDS.flatMap((kind) => Array.from({ length: knownPerKind }, (_, i) => ({ kind, value: selectorValue(kind, SPACE.KNOWN, i) })));
  await db.query(
    `INSERT INTO lead_selectors (lead_id, kind, ciphertext, cipher_key_id, blind_index, matching_key_id, created_by_id)
     SELECT ($1::uuid[])[1 + (k.n - 1) % cardinality($1::uuid[])], k.kind, 'benchmark-known', 'benchmark', k.blind_index, $4, $5
       FROM unnest($2::selector_kind[], $3::text[]) WITH ORDINALITY AS k(kind, blind_index, n)`,
    [holderLeads, known.map((s) => s.kind), known.map((s) => blindIndexOf(key, s.kind, s.value)), keyId, creator.id],
  );

  const { rows: [{ n: existing }] } = await db.query(`SELECT count(*)::int AS n FROM lead_selectors`);
  const filler = Math.max(total - existing, 0);
  const chunk = 200_000;
  for (let from = 0; from < filler; from += chunk) {
    await db.query(
      `INSERT INTO lead_selectors (lead_id, kind, ciphertext, cipher_key_id, blind_index, matching_key_id, created_by_id, created_at)
       SELECT ($1::uuid[])[1 + g % cardinality($1::uuid[])], (enum_range(NULL::selector_kind))[1 + g % 9], 'benchmark-filler', 'benchmark',
              encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), $2, $3, now() - g * interval '1 second'
         FROM generate_series($4::int, $5::int) AS g`,
      [leadIds, keyId, creator.id, from + 1, Math.min(from + chunk, filler)],
    );
    log(`filler selectors: ${Math.min(from + chunk, filler)} / ${filler}`);
  }
  await db.query('ANALYZE');
  const { rows: [counts] } = await db.query(
    `SELECT sum(n)::int AS selectors, min(n)::int AS min, max(n)::int AS max
       FROM (SELECT l.originating_agency_id, count(*) AS n FROM lead_selectors s JOIN leads l ON l.id = s.lead_id GROUP BY 1) per`,
  );
  const { rows: [{ n: holding }] } = await db.query(`SELECT count(DISTINCT l.originating_agency_id)::int AS n FROM lead_selectors s JOIN leads l ON l.id = s.lead_id`);
  return { agencies: agencyIds.length, agenciesHoldingSelectors: holding, leads: leadIds.length, selectors: counts.selectors, known: known.length, filler, perAgency: { min: counts.min, max: counts.max } };
}

/** STIX 2.1 ids of the benchmark's objects: `type--` and a random UUID (version 4). */
const stixId = (type) => `${type}--${randomUUID()}`;
/** The TLP 2.0 GREEN marking-definition (OASIS), and the workspace's STIX extension (libs/api/stix stix-vocabulary.ts). */
const TLP_GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
const STIX_EXTENSION_ID = 'extension-definition--b5afe0f3-9469-4bef-9d4f-a721ba6daf48';

/**
 * A STIX 2.1 bundle (JSON text) of one lead for importStixBundle: a grouping named `summary`, TLP:GREEN, a route RO → NL
 * and one SCO per selector (`email-addr` for EMAIL, the workspace's `taskforce-selector` for PHONE and IBAN), as
 * docs/stix.md describes them.
 */
export function stixBundle(summary, selectors) {
  const locations = ['RO', 'NL'].map((country) => ({ type: 'location', spec_version: '2.1', id: stixId('location'), country }));
  const scos = selectors.map(({ kind, value }) =>
    kind === 'EMAIL'
      ? { type: 'email-addr', spec_version: '2.1', id: stixId('email-addr'), value }
      : { type: 'taskforce-selector', spec_version: '2.1', id: stixId('taskforce-selector'), selector_kind: kind, value, extensions: { [STIX_EXTENSION_ID]: { extension_type: 'new-sco' } } },
  );
  const grouping = {
    type: 'grouping',
    spec_version: '2.1',
    id: stixId('grouping'),
    name: summary,
    context: 'suspicious-activity',
    object_marking_refs: [TLP_GREEN],
    object_refs: [...locations, ...scos].map((o) => o.id),
  };
  return JSON.stringify({ type: 'bundle', id: stixId('bundle'), objects: [grouping, ...locations, ...scos] });
}
