import { AppConfig } from '@taskforce/api-core';
import { migrate } from '@taskforce/api-setup';
import { CaseRecordScopePolicy, DatasetKind, IndicatorDimension, importDataset, IndicatorQueryService, SmallCellThreshold } from '@taskforce/api-indicators';
import { OperationPolicy } from '@taskforce/api-operations';
import { Role } from '@taskforce/domain';
import { DATA_FILES } from '@taskforce/data-import';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { itWithData } from '../support/data-files';
import { createTestDatabase } from '../support/test-app';

/**
 * Imports the real public files from ../shared/data (beside the repository, never copied into it) and checks the
 * stored figures against totals this test computes from the raw text by plain string splitting.
 */
const DATA = resolve(__dirname, '../../../shared/data');
const CTDC = join(DATA, DATA_FILES.ctdc);
const MAP_TIERS = join(DATA, DATA_FILES.mapTiers);
/** Runs when the file is present; otherwise skipped, with the missing path in the title. */
const itIf = (file: string) => itWithData([file]);
const title = (file: string, what: string) => `${what} ${file}`;
const dataLines = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text }))
    .slice(1)
    .filter((l) => l.text.trim() !== '');

/** Writes a file of lines to a fresh temporary folder and returns its path. */
const writeTemp = (name: string, lines: string[]) => {
  const file = join(mkdtempSync(join(tmpdir(), 'taskforce-real-files-')), name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

describe('indicators: real files from ../shared/data', () => {
  let db: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    if (!existsSync(CTDC) && !existsSync(MAP_TIERS)) return;
    const database = await createTestDatabase();
    drop = database.drop;
    db = await migrate(database.url);
  });
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  itIf(CTDC)(title(CTDC, 'imports, idempotently, and tabulates'), async () => {
    const report = await importDataset(db, DatasetKind.CTDC, CTDC);
    const rejectedLines = new Set(report.rejected.map((r) => r.line));
    const kept = dataLines(CTDC).filter((l) => !rejectedLines.has(l.line));
    expect(report).toMatchObject({ inserted: kept.length, updated: 0, unchanged: 0 });
    expect(kept.length).toBeGreaterThan(20000);

    const bySex = { FEMALE: 0, MALE: 0, UNKNOWN: 0 };
    const byAge = { ADULT: 0, MINOR: 0, UNKNOWN: 0 };
    for (const l of kept) {
      const f = l.text.split(',');
      bySex[f[1] === 'Female' ? 'FEMALE' : f[1] === 'Male' ? 'MALE' : 'UNKNOWN']++;
      byAge[f[2] === 'Adult' ? 'ADULT' : f[2] === 'Minor' ? 'MINOR' : 'UNKNOWN']++;
    }
    const grouped = async (column: string) =>
      Object.fromEntries(
        (await db.query(`SELECT coalesce(${column}, 'UNKNOWN') AS v, count(*)::int AS n FROM case_records WHERE source = 'ctdc' GROUP BY 1`)).map((r: { v: string; n: number }) => [r.v, r.n]),
      );
    expect(await grouped('sex')).toEqual(Object.fromEntries(Object.entries(bySex).filter(([, n]) => n > 0)));
    expect(await grouped('age_group')).toEqual(Object.fromEntries(Object.entries(byAge).filter(([, n]) => n > 0)));
    expect(await db.query(`SELECT count(*)::int AS n FROM case_records WHERE agency_id IS NOT NULL`)).toEqual([{ n: 0 }]);

    const again = await importDataset(db, DatasetKind.CTDC, CTDC);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: kept.length });

    // Records are keyed by their content, not their line: the same file in another order changes nothing…
    const header = readFileSync(CTDC, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    const lines = dataLines(CTDC);
    const reversed = writeTemp('ctdc-reversed.csv', [header, ...[...lines].reverse().map((l) => l.text)]);
    expect(await importDataset(db, DatasetKind.CTDC, reversed)).toMatchObject({ applied: true, confirmationNeeded: false, inserted: 0, updated: 0, removed: 0, unchanged: kept.length });
    // …and a different file (the last 100 accepted records left out) is only previewed, naming what it would remove.
    const dropped = new Set(kept.slice(-100).map((l) => l.line));
    const shorter = writeTemp('ctdc-shorter.csv', [header, ...lines.filter((l) => !dropped.has(l.line)).map((l) => l.text)]);
    const preview = await importDataset(db, DatasetKind.CTDC, shorter);
    expect(preview).toMatchObject({ applied: false, confirmationNeeded: true, inserted: 0, updated: 0, removed: 100, unchanged: kept.length - 100 });
    expect(await db.query(`SELECT count(*)::int AS n FROM case_records WHERE source = 'ctdc'`)).toEqual([{ n: kept.length }]);

    // The indicator table over the imported file: nobody owns a public data set, the big cells are exact.
    const queries = new IndicatorQueryService(db, new CaseRecordScopePolicy(new OperationPolicy(db)), new SmallCellThreshold(new AppConfig()));
    const viewer = { userId: '00000000-0000-4000-8000-000000000001', agencyId: '00000000-0000-4000-8000-000000000002', roles: [Role.ANALYST], sessionId: 's' };
    const table = await queries.table(viewer, { source: 'ctdc', dimensions: [IndicatorDimension.SEX] });
    expect(table.viewerIsOwner).toBe(false);
    expect(table.total.count).toBe(kept.length);
    expect(table.cells.find((c) => c.key[0] === 'FEMALE')?.count).toBe(bySex.FEMALE);
    expect(table.citation).toMatch(/Counter Trafficking Data Collaborative/);
  });

  itIf(MAP_TIERS)(title(MAP_TIERS, 'imports, idempotently,'), async () => {
    const report = await importDataset(db, DatasetKind.TIP_TIERS_CSV, MAP_TIERS);
    const rejectedLines = new Set(report.rejected.map((r) => r.line));
    const codes: Record<string, string> = { '1': 'TIER_1', '2': 'TIER_2', '3': 'TIER_2_WATCH_LIST', '4': 'TIER_3', NA: 'NOT_RATED' };
    // Fields counted from the right: country names may hold quoted commas.
    const byKey = new Map<string, string>();
    for (const l of dataLines(MAP_TIERS).filter((x) => !rejectedLines.has(x.line))) {
      const f = l.text.split(',');
      byKey.set(`${f[f.length - 4]}:${f[f.length - 3]}`, codes[f[f.length - 1].trim()]);
    }
    const byTier: Record<string, number> = {};
    for (const tier of byKey.values()) byTier[tier] = (byTier[tier] ?? 0) + 1;
    expect(report).toMatchObject({ inserted: byKey.size, updated: 0, unchanged: 0 });
    const stored = Object.fromEntries(
      (await db.query(`SELECT tier, count(*)::int AS n FROM tip_tiers WHERE source = 'map_tiers' GROUP BY tier`)).map((r: { tier: string; n: number }) => [r.tier, r.n]),
    );
    expect(stored).toEqual(byTier);
    // Kosovo (KOS in the Correlates of War codes) is joined explicitly.
    expect((await db.query(`SELECT DISTINCT country_alpha2 FROM tip_tiers WHERE key LIKE 'XK%'`)).map((r: { country_alpha2: string }) => r.country_alpha2)).toEqual(['XK']);

    const again = await importDataset(db, DatasetKind.TIP_TIERS_CSV, MAP_TIERS);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: byKey.size });
  });
});
