import { EntityManager } from 'typeorm';

/**
 * One group of fictional case records of the demo task force: `n` records recorded by `agency` (its acronym) in the
 * joint operation `operation` (or outside operations when null), all alike.
 */
interface DemoCaseGroup {
  agency: string;
  operation: 'danube' | null;
  indicator: 'VICTIM_IDENTIFIED' | 'VICTIM_REFERRED' | 'VICTIM_ASSISTED' | 'INVESTIGATION_OPENED' | 'PROSECUTION' | 'CONVICTION';
  n: number;
  sex: 'FEMALE' | 'MALE' | null;
  /** An age band (CTDC bands), or an age group alone when the band is not known. */
  age: string | 'MINOR' | 'ADULT' | null;
  citizenship: string | null;
  exploitedIn: string | null;
  forms: string[];
}

/**
 * The demo task force's case records (fictional): Danube Route's agencies record Romanian victims of forced labour
 * in Belgium and the Netherlands and of sexual exploitation in Spain, the victims assisted and referred, and the
 * investigations, prosecutions and convictions; the Thai and Nigerian agencies record victims outside operations.
 * Mixed sizes on purpose: some figures reach k = 11, others stay below it and show as suppressed to other agencies,
 * and a few records know the age group but not the band.
 */
const GROUPS: readonly DemoCaseGroup[] = [
  { agency: 'RO-DIOC', operation: 'danube', indicator: 'VICTIM_IDENTIFIED', n: 14, sex: 'FEMALE', age: '18-20', citizenship: 'RO', exploitedIn: 'ES', forms: ['SEXUAL_EXPLOITATION'] },
  { agency: 'RO-DIOC', operation: 'danube', indicator: 'VICTIM_IDENTIFIED', n: 3, sex: 'FEMALE', age: '9-17', citizenship: 'RO', exploitedIn: 'ES', forms: ['SEXUAL_EXPLOITATION'] },
  { agency: 'ES-BIP', operation: 'danube', indicator: 'VICTIM_IDENTIFIED', n: 12, sex: 'FEMALE', age: '21-23', citizenship: 'RO', exploitedIn: 'ES', forms: ['SEXUAL_EXPLOITATION'] },
  { agency: 'ES-BIP', operation: 'danube', indicator: 'VICTIM_IDENTIFIED', n: 4, sex: 'FEMALE', age: 'ADULT', citizenship: 'MD', exploitedIn: 'ES', forms: ['SEXUAL_EXPLOITATION', 'FORCED_CRIMINALITY'] },
  { agency: 'NL-POL', operation: 'danube', indicator: 'VICTIM_IDENTIFIED', n: 16, sex: 'MALE', age: '30-38', citizenship: 'RO', exploitedIn: 'NL', forms: ['FORCED_LABOUR'] },
  { agency: 'NL-POL', operation: 'danube', indicator: 'VICTIM_IDENTIFIED', n: 6, sex: 'MALE', age: 'ADULT', citizenship: 'RO', exploitedIn: 'NL', forms: ['FORCED_LABOUR'] },
  { agency: 'BE-SIS', operation: 'danube', indicator: 'VICTIM_IDENTIFIED', n: 13, sex: 'MALE', age: '24-26', citizenship: 'RO', exploitedIn: 'BE', forms: ['FORCED_LABOUR'] },
  { agency: 'BE-SIS', operation: 'danube', indicator: 'VICTIM_IDENTIFIED', n: 5, sex: 'FEMALE', age: '39-47', citizenship: 'BG', exploitedIn: 'BE', forms: ['FORCED_LABOUR'] },
  { agency: 'SPF', operation: 'danube', indicator: 'VICTIM_ASSISTED', n: 21, sex: 'MALE', age: '30-38', citizenship: 'RO', exploitedIn: 'NL', forms: ['FORCED_LABOUR'] },
  { agency: 'SPF', operation: 'danube', indicator: 'VICTIM_REFERRED', n: 12, sex: 'FEMALE', age: '21-23', citizenship: 'RO', exploitedIn: 'ES', forms: ['SEXUAL_EXPLOITATION'] },
  { agency: 'RO-DIOC', operation: 'danube', indicator: 'INVESTIGATION_OPENED', n: 11, sex: 'MALE', age: '39-47', citizenship: 'RO', exploitedIn: 'ES', forms: ['SEXUAL_EXPLOITATION'] },
  { agency: 'RO-DIOC', operation: 'danube', indicator: 'PROSECUTION', n: 7, sex: 'MALE', age: '39-47', citizenship: 'RO', exploitedIn: 'ES', forms: ['SEXUAL_EXPLOITATION'] },
  { agency: 'NL-POL', operation: 'danube', indicator: 'PROSECUTION', n: 4, sex: 'MALE', age: '48+', citizenship: 'RO', exploitedIn: 'NL', forms: ['FORCED_LABOUR'] },
  { agency: 'RO-DIOC', operation: 'danube', indicator: 'CONVICTION', n: 2, sex: 'MALE', age: '39-47', citizenship: 'RO', exploitedIn: 'ES', forms: ['SEXUAL_EXPLOITATION'] },
  { agency: 'TH-AHTD', operation: null, indicator: 'VICTIM_IDENTIFIED', n: 18, sex: 'MALE', age: '24-26', citizenship: 'MM', exploitedIn: 'TH', forms: ['FORCED_LABOUR'] },
  { agency: 'TH-AHTD', operation: null, indicator: 'VICTIM_IDENTIFIED', n: 7, sex: 'MALE', age: 'MINOR', citizenship: 'KH', exploitedIn: 'TH', forms: ['FORCED_LABOUR'] },
  { agency: 'NG-NATA', operation: null, indicator: 'VICTIM_IDENTIFIED', n: 11, sex: 'FEMALE', age: '9-17', citizenship: 'NG', exploitedIn: 'NG', forms: ['DOMESTIC_SERVITUDE'] },
];

/** How many case records `loadDemoCaseRecords` stores. */
export const DEMO_CASE_RECORD_COUNT = GROUPS.reduce((s, g) => s + g.n, 0);

/**
 * Stores the demo case records (`GROUPS`, source `agency`, the current UTC year) as recorded by each agency's first
 * demo person, in Danube Route or outside operations. `agencyId` and `personOf` map an acronym to the agency's id and
 * to the id of the person recording; `danubeId` is the operation's id. Record keys are drawn by the database.
 */
export async function loadDemoCaseRecords(m: EntityManager, agencyId: (acronym: string) => string, personOf: (acronym: string) => string, danubeId: string, now: Date): Promise<void> {
  const year = String(now.getUTCFullYear());
  const rows = GROUPS.flatMap((g) =>
    Array.from({ length: g.n }, () => ({
      agency_id: agencyId(g.agency),
      recorded_by: personOf(g.agency),
      operation_id: g.operation === 'danube' ? danubeId : null,
      indicator: g.indicator,
      year,
      sex: g.sex,
      age_group: g.age === 'MINOR' || g.age === 'ADULT' ? g.age : g.age === '9-17' || g.age === '0-8' ? 'MINOR' : g.age ? 'ADULT' : null,
      age_band: g.age === 'MINOR' || g.age === 'ADULT' ? null : g.age,
      citizenship: g.citizenship,
      country_of_exploitation: g.exploitedIn,
      forms_of_exploitation: g.forms,
    })),
  );
  await m.query(
    `INSERT INTO case_records (source, key, agency_id, recorded_by, operation_id, indicator, year, sex, age_group, age_band,
                               citizenship, country_of_exploitation, forms_of_exploitation)
     SELECT 'agency', 'agency:' || gen_random_uuid()::text, x.agency_id, x.recorded_by, x.operation_id, x.indicator, x.year, x.sex,
            x.age_group, x.age_band, x.citizenship, x.country_of_exploitation, x.forms_of_exploitation
       FROM jsonb_to_recordset($1::jsonb) AS x(agency_id uuid, recorded_by uuid, operation_id uuid, indicator text, year text, sex text,
            age_group text, age_band text, citizenship text, country_of_exploitation text, forms_of_exploitation text[])`,
    [JSON.stringify(rows)],
  );
}
