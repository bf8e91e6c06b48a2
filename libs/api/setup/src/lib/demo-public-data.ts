import { dataDir, DatasetKind, DEFAULT_FILES, importDataset } from '@taskforce/api-indicators';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/**
 * The public data sets a new demo starts with: those whose licence allows showing their figures
 * (`DISPLAYED_SOURCES`; ../shared/data/README.md). The hand-entered TIP workbook is left out: it has no licence and is
 * for the importer's robustness tests only.
 */
export const DEMO_PUBLIC_DATASETS: readonly DatasetKind[] = [
  DatasetKind.CTDC,
  DatasetKind.GLOTIP,
  DatasetKind.TIP_TIERS_CSV,
  DatasetKind.PALERMO,
  DatasetKind.PALERMO_COUNTS,
];

/** What `loadDemoPublicData` did: the folder it read, and per data set the rows stored or why it was skipped. */
export interface DemoPublicDataReport {
  dir: string;
  loaded: Array<{ kind: DatasetKind; rows: number }>;
  missing: DatasetKind[];
}

/**
 * Imports the licensed public data sets from the data folder (`PUBLIC_DATA_DIR`, default `../shared/data`) through
 * the same import as `npm run import` and `importDataset`, so that the indicators screens of a new demo are not
 * empty. Called once, when the demo task force has just been loaded into an empty database; a data set whose file is
 * absent is skipped and named in `missing`. About 10 s for all five on a small machine (the GLOTIP workbook is most
 * of it). Rows the parsers refuse are counted out, as in any import.
 * @throws whatever the import throws for a file it cannot read (the caller reports it and starts anyway).
 */
export async function loadDemoPublicData(db: DataSource, dir = dataDir()): Promise<DemoPublicDataReport> {
  const report: DemoPublicDataReport = { dir, loaded: [], missing: [] };
  for (const kind of DEMO_PUBLIC_DATASETS) {
    const file = join(dir, DEFAULT_FILES[kind]);
    if (!existsSync(file)) {
      report.missing.push(kind);
      continue;
    }
    const result = await importDataset(db, kind, file);
    report.loaded.push({ kind, rows: result.inserted + result.updated + result.unchanged });
  }
  return report;
}
