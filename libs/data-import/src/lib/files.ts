import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCtdcCsv } from './ctdc';
import { parseGlotipXlsx } from './glotip';
import { parsePalermoRatificationYears, parseRatificationsCount } from './palermo';
import { parseMapTiersCsv, parseTipTierRankingsXlsx } from './tip-tiers';

/** Paths of the public data sets inside a `shared/data` folder (see its README). */
export const DATA_FILES = {
  ctdc: 'ctdc/CTDC_VPsynthetic_condensed.csv',
  glotip: 'glotip/data_glotip.xlsx',
  mapTiers: 'tip-tiers/map_tiers.csv',
  tipTierRankings: 'tip-tiers/TIP Tier Rankings.xlsx',
  palermoYears: 'palermo/protocol_ratification_year.csv',
  palermoCounts: 'palermo/ratifications_count.csv',
} as const;

const text = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** Reads each file of a data folder with its importer. No database writes: the caller loads the rows. */
export const importFrom = (dataDir: string) => ({
  ctdc: () => parseCtdcCsv(text(dataDir, DATA_FILES.ctdc)),
  glotip: () => parseGlotipXlsx(join(dataDir, DATA_FILES.glotip)),
  mapTiers: () => parseMapTiersCsv(text(dataDir, DATA_FILES.mapTiers)),
  tipTierRankings: () => parseTipTierRankingsXlsx(join(dataDir, DATA_FILES.tipTierRankings)),
  palermoYears: () => parsePalermoRatificationYears(text(dataDir, DATA_FILES.palermoYears)),
  palermoCounts: () => parseRatificationsCount(text(dataDir, DATA_FILES.palermoCounts)),
});
