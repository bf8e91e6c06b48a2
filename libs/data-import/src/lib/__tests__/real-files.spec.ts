/**
 * The importers on the real public files in ../shared/data (beside the repository, never copied into it). Every
 * expected figure is computed here from the raw file in a simple way of its own (string splitting for the CSVs,
 * exceljs cell values for the workbooks), not by calling the importer. Skipped, saying why, when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { crossTabulate, suppressSmallCells } from '@taskforce/domain';
import { Workbook } from 'exceljs';
import { ctdcToCaseRecords } from '../ctdc';
import { DATA_FILES, importFrom } from '../files';

const DATA_DIR = path.resolve(__dirname, '../../../../../../shared/data');
const present = (file: string) => existsSync(path.join(DATA_DIR, file));
/** Skipped, saying why, when the file is absent — except on CI (`CI=true`), where a missing file fails the test. */
const run = (file: string) =>
  present(file)
    ? it
    : process.env['CI'] === 'true'
      ? ((name: string) => it(name, () => { throw new Error(`${path.join(DATA_DIR, file)} is missing: put ../shared/data beside the repository`); })) as unknown as jest.It
      : it.skip;
const why = (file: string) => (present(file) ? '' : ` — SKIPPED: ${path.join(DATA_DIR, file)} not found`);

/** Raw lines of a CSV without header, CR, BOM or blank lines. */
const rawLines = (file: string) =>
  readFileSync(path.join(DATA_DIR, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l !== '')
    .slice(1);

const data = importFrom(DATA_DIR);
const absent = Object.values(DATA_FILES).filter((f) => !present(f));
if (absent.length) {
  console.warn(`Real-file checks skipped for ${absent.join(', ')}: not found under ${DATA_DIR} (the shared data folder beside the repository).`);
}

describe(`real files in ${DATA_DIR}`, () => {
  run(DATA_FILES.ctdc)(`CTDC: every victim record, with figures counted from the raw lines${why(DATA_FILES.ctdc)}`, () => {
    const lines = rawLines(DATA_FILES.ctdc);
    expect(lines.some((l) => l.includes('"'))).toBe(false); // no quoting: plain splitting is exact
    const fields = lines.map((l) => l.split(','));
    const count = (pred: (f: string[]) => boolean) => fields.filter(pred).length;
    const { rows, rejected } = data.ctdc();
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(lines.length); // 21,195 (the dictionary's TabStat total)

    const records = ctdcToCaseRecords(rows);
    const sex = crossTabulate(records, ['sex']);
    expect(sex.cells.map((c) => c.count)).toEqual([
      count((f) => f[1] === 'Female'),
      count((f) => f[1] === 'Male'),
      count((f) => f[1] === ''),
    ]);
    const forms = crossTabulate(records, ['formOfExploitation']);
    expect(forms.cells.map((c) => `${c.key[0]}=${c.count}`)).toEqual([
      `FORCED_LABOUR=${count((f) => f[3] === '1' && f[4] === '')}`,
      `MULTIPLE=${count((f) => f[3] === '1' && f[4] === '1')}`,
      `SEXUAL_EXPLOITATION=${count((f) => f[3] === '' && f[4] === '1')}`,
      `UNKNOWN=${count((f) => f[3] === '' && f[4] === '')}`,
    ]);
    const minors = count((f) => f[2] === 'Minor');
    expect(crossTabulate(records, ['ageGroup']).cells.find((c) => c.key[0] === 'MINOR')?.count).toBe(minors);

    // protected for an outside viewer: sex × year band — every shown cell is exact or ≥ 11, totals stay consistent
    const table = crossTabulate(records, ['sex', 'year']);
    const shown = suppressSmallCells(table, 11, { viewerIsOwner: false });
    expect(shown.total.count).toBe(lines.length);
    for (const c of shown.cells) if (!c.suppressed) expect(c.count === 0 || (c.count ?? 0) >= 11).toBe(true);
  });

  run(DATA_FILES.mapTiers)(`map_tiers.csv: tier codes 3/4 and NA, Kosovo${why(DATA_FILES.mapTiers)}`, () => {
    const lines = rawLines(DATA_FILES.mapTiers);
    // names may hold quoted commas, so read from the right: …, iso, year, ccode, tier
    const last = (l: string, n: number) => l.split(',').slice(-n)[0];
    const tierCount = (code: string) => lines.filter((l) => last(l, 1) === code).length;
    const { rows, rejected } = data.mapTiers();
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(lines.length);
    const tiers = (t: string) => rows.filter((r) => r.tier === t).length;
    expect(tiers('TIER_1')).toBe(tierCount('1'));
    expect(tiers('TIER_2')).toBe(tierCount('2'));
    expect(tiers('TIER_2_WATCH_LIST')).toBe(tierCount('3'));
    expect(tiers('TIER_3')).toBe(tierCount('4'));
    expect(tiers('NOT_RATED')).toBe(tierCount('NA'));
    const kosovo = lines.filter((l) => last(l, 4) === 'KOS').length;
    expect(kosovo).toBeGreaterThan(0);
    expect(rows.filter((r) => r.country.alpha2 === 'XK')).toHaveLength(kosovo);
  });

  run(DATA_FILES.palermoYears)(`Palermo ratification years: 2012 = not ratified, the row without iso3${why(DATA_FILES.palermoYears)}`, () => {
    const lines = rawLines(DATA_FILES.palermoYears);
    const { rows, rejected } = data.palermoYears();
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(lines.length);
    expect(rows.filter((r) => r.ratifiedYear === null)).toHaveLength(lines.filter((l) => l.endsWith(',2012')).length);
    const noIso = lines.filter((l) => l.split(',').slice(-3)[0] === '');
    expect(noIso).toHaveLength(1);
    expect(rows.find((r) => r.line === lines.indexOf(noIso[0]) + 2)?.country.alpha3).toBe('USA');
  });

  run(DATA_FILES.palermoCounts)(`Palermo ratifications per year: cumulative = running sum${why(DATA_FILES.palermoCounts)}`, () => {
    const lines = rawLines(DATA_FILES.palermoCounts).map((l) => l.split(',').map(Number));
    const { rows, rejected } = data.palermoCounts();
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(lines.length);
    expect(rows.at(-1)?.cumulative).toBe(lines.reduce((s, f) => s + f[1], 0));
  });

  const cellText = (v: unknown): string =>
    v === null || v === undefined ? '' : typeof v === 'object' && v && 'result' in v ? String((v as { result: unknown }).result) : String(v).trim();

  run(DATA_FILES.tipTierRankings)(`TIP Tier Rankings.xlsx: every row accounted for${why(DATA_FILES.tipTierRankings)}`, async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(path.join(DATA_DIR, DATA_FILES.tipTierRankings));
    let raw = 0;
    const tier1In2015 = new Set<string>();
    wb.eachSheet((ws) =>
      ws.eachRow((row, n) => {
        const [y, c, t] = [1, 2, 3].map((i) => cellText(row.getCell(i).value));
        if (n === 1 || (!y && !c && !t)) return;
        raw++;
        if (y === '2015' && t === '1') tier1In2015.add(c.toLowerCase());
      }),
    );
    const { rows, rejected } = await data.tipTierRankings();
    expect(rows.length + rejected.length).toBe(raw);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows.filter((r) => r.year === 2015 && r.tier === 'TIER_1')).toHaveLength(tier1In2015.size);
    expect(rejected.filter((r) => r.reason.startsWith('unknown country name'))).toEqual([]);
  }, 60_000);

  run(DATA_FILES.glotip)(`GLOTIP: values, <5 cells and totals against the raw cells${why(DATA_FILES.glotip)}`, async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(path.join(DATA_DIR, DATA_FILES.glotip));
    const ws = wb.worksheets[0];
    let header = 0;
    let raw = 0;
    let rawSum = 0;
    let rawSmall = 0;
    ws.eachRow((row, n) => {
      const v = (row.values as unknown[]).slice(1).map(cellText);
      if (!header) {
        if (v[0] === 'Iso3_code') header = n;
        return;
      }
      raw++;
      // Netherlands, victims detected, all totals, every year
      if (v[0] === 'NLD' && v[4] === 'Detected trafficking victims' && v.slice(5, 9).every((x) => x === 'Total')) {
        if (v[11] === '<5') rawSmall++;
        else rawSum += Number(v[11].split(',').join(''));
      }
    });
    const { rows, rejected } = await data.glotip();
    expect(rows.length + rejected.length).toBe(raw);
    const nld = rows.filter((r) => r.key.startsWith('NLD|Detected trafficking victims|Total|Total|Total|Total|'));
    expect(nld.reduce((s, r) => s + (r.value ?? 0), 0)).toBe(rawSum);
    expect(nld.filter((r) => r.suppressed)).toHaveLength(rawSmall);
    // the trap is real: some published totals differ from the sum of their (fully numeric) parts by form
    const total = new Map<string, number>();
    const parts = new Map<string, { sum: number; complete: boolean }>();
    for (const r of rows) {
      if (r.sex !== 'Total' || r.age !== 'Total') continue;
      const k = `${r.country.alpha3}|${r.indicator}|${r.year}`;
      if (r.dimension === 'Total' && r.category === 'Total' && r.value !== null) total.set(k, r.value);
      if (r.dimension === 'by form of exploitation') {
        const p = parts.get(k) ?? { sum: 0, complete: true };
        parts.set(k, { sum: p.sum + (r.value ?? 0), complete: p.complete && r.value !== null });
      }
    }
    const differing = [...parts].filter(([k, p]) => p.complete && total.has(k) && total.get(k) !== p.sum);
    expect(differing.length).toBeGreaterThan(0);
  }, 180_000);
});
