import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notFound } from '@taskforce/api-core';
import { countryFromCode } from '@taskforce/data-import';
import { DataSource } from 'typeorm';
import { SOURCES } from '../imports/dataset-import';
import { CITATIONS } from '../tables/indicator-query.service';
import { GlotipBreakdown, GlotipBreakdownAvailabilityModel, GlotipBreakdownTableModel, PalermoRatificationSeriesModel, TipTierDistributionModel } from './public-figures.model';
import { GlotipBreakdownInput } from './dto/public-figures.inputs';

/**
 * Which `glotip_figures` rows make each breakdown (columns Dimension, Category, Sex, Age of data_glotip_1, as
 * published). The sex and age breakdowns also list the row of unknown sex and age ("Unknown", "Unknown").
 */
const BREAKDOWN_SQL: Readonly<Record<GlotipBreakdown, string>> = {
  [GlotipBreakdown.SEX]: `dimension = 'Total' AND category = 'Total' AND sex <> 'Total' AND (age = 'Total' OR (sex = 'Unknown' AND age = 'Unknown'))`,
  [GlotipBreakdown.AGE]: `dimension = 'Total' AND category = 'Total' AND ((sex = 'Total' AND age <> 'Total') OR (sex = 'Unknown' AND age = 'Unknown'))`,
  [GlotipBreakdown.SEX_AND_AGE]: `dimension = 'Total' AND category = 'Total' AND sex NOT IN ('Total', 'Unknown') AND age NOT IN ('Total', 'Unknown')`,
  [GlotipBreakdown.FORM_OF_EXPLOITATION]: `dimension = 'by form of exploitation' AND sex = 'Total' AND age = 'Total'`,
  [GlotipBreakdown.CITIZENSHIP]: `dimension = 'by citizenship' AND sex = 'Total' AND age = 'Total'`,
  [GlotipBreakdown.COUNTRY_OF_REPATRIATION]: `dimension = 'by country of repatriation' AND sex = 'Total' AND age = 'Total'`,
};

/** UNODC's order of the sex and age values; other values (categories) follow by name. */
const ORDER_SQL = `array_position(ARRAY['Female','Male','Other','Total','Unknown'], sex), array_position(ARRAY['0 to 17 years','18 years or over','Total','Unknown'], age), category`;

const TIER_COLUMNS = {
  TIER_1: 'tier1',
  TIER_2: 'tier2',
  TIER_2_WATCH_LIST: 'tier2WatchList',
  TIER_3: 'tier3',
} as const;

/** Public figures of the indicators dashboard: Palermo ratifications by year, TIP tiers by year, GLOTIP breakdowns. */
@Injectable()
export class PublicFiguresService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * States ratifying the UN Trafficking in Persons Protocol per year and the cumulative number, as imported from
   * palermo/ratifications_count.csv (kind PALERMO_COUNTS), oldest first; empty before an import.
   */
  async palermoRatifications(): Promise<PalermoRatificationSeriesModel> {
    const years: Array<{ year: number; ratified: number; cumulative: number }> = await this.db.query(
      `SELECT year, ratified, cumulative FROM palermo_ratification_counts WHERE source = $1 ORDER BY year`,
      [SOURCES.PALERMO_COUNTS],
    );
    return { years, citation: CITATIONS[SOURCES.PALERMO_COUNTS] };
  }

  /**
   * Per report year, how many countries the US TIP Report placed in Tier 1, Tier 2, Tier 2 Watch List and Tier 3, and
   * how many it listed without a tier — from `map_tiers` only (map_tiers.csv, Kelley & Heiss, MIT). The hand-entered
   * TIP workbook (`tip_tier_rankings`, no licence) is never read here. Oldest first; empty before an import.
   */
  async tipTierDistribution(): Promise<TipTierDistributionModel> {
    const rows: Array<{ year: number; tier: string; n: number }> = await this.db.query(
      `SELECT year, tier, count(*)::int AS n FROM tip_tiers WHERE source = $1 GROUP BY year, tier ORDER BY year`,
      [SOURCES.TIP_TIERS_CSV],
    );
    const byYear = new Map<number, TipTierDistributionModel['years'][number]>();
    for (const r of rows) {
      const y = byYear.get(r.year) ?? { year: r.year, tier1: 0, tier2: 0, tier2WatchList: 0, tier3: 0, notRated: 0 };
      const column = TIER_COLUMNS[r.tier as keyof typeof TIER_COLUMNS];
      if (column) y[column] += r.n;
      else y.notRated += r.n;
      byYear.set(r.year, y);
    }
    return { years: [...byYear.values()], citation: CITATIONS[SOURCES.TIP_TIERS_CSV] };
  }

  /**
   * The breakdowns UNODC publishes for a country (alpha-2 or alpha-3), per indicator and year: which of the
   * `GlotipBreakdown`s have at least one row. Indicators by name, years newest first.
   * @throws NOT_FOUND ("Country not found") for a code that is not a country.
   */
  async glotipAvailability(code: string): Promise<GlotipBreakdownAvailabilityModel[]> {
    const { alpha2 } = this.country(code);
    const breakdowns = Object.values(GlotipBreakdown);
    const rows: Array<{ indicator: string; year: number; present: boolean[] }> = await this.db.query(
      `SELECT indicator, year, ARRAY[${breakdowns.map((b) => `bool_or(${BREAKDOWN_SQL[b]})`).join(', ')}] AS present
         FROM glotip_figures WHERE source = $1 AND country_alpha2 = $2
        GROUP BY indicator, year ORDER BY indicator, year DESC`,
      [SOURCES.GLOTIP, alpha2],
    );
    return rows
      .map((r) => ({ indicator: r.indicator, year: r.year, breakdowns: breakdowns.filter((_, i) => r.present[i]) }))
      .filter((r) => r.breakdowns.length > 0);
  }

  /**
   * One GLOTIP breakdown of a country, indicator and year, every figure as published: a count, or "<5" (`count`
   * null, `suppressed` true — never 0 or 5), counted in `suppressedRows`. The total is the published all-"Total" row,
   * never a sum of the rows (UNODC's parts need not add up to it, and "<5" parts cannot). Rows the importer refused
   * (e.g. a repeated key with two values) are absent.
   * @throws NOT_FOUND ("Country not found") for a code that is not a country.
   */
  async glotipBreakdown(input: GlotipBreakdownInput): Promise<GlotipBreakdownTableModel> {
    const { alpha2, name } = this.country(input.country);
    type Row = { category: string; sex: string; age: string; value: number | null; suppressed: boolean; value_text: string };
    const select = `SELECT category, sex, age, value::int AS value, suppressed, value_text FROM glotip_figures
       WHERE source = $1 AND country_alpha2 = $2 AND indicator = $3 AND year = $4`;
    const params = [SOURCES.GLOTIP, alpha2, input.indicator, input.year];
    const rows: Row[] = await this.db.query(`${select} AND ${BREAKDOWN_SQL[input.breakdown]} ORDER BY ${ORDER_SQL}`, params);
    const [total]: Row[] = await this.db.query(`${select} AND dimension = 'Total' AND category = 'Total' AND sex = 'Total' AND age = 'Total'`, params);
    const figure = (r: Row) => ({ count: r.suppressed ? null : r.value, suppressed: r.suppressed, published: r.value_text });
    const suppressedRows = rows.filter((r) => r.suppressed).length;
    return {
      code: alpha2,
      name,
      indicator: input.indicator,
      year: input.year,
      breakdown: input.breakdown,
      rows: rows.map((r) => ({ category: r.category, sex: r.sex, age: r.age, figure: figure(r) })),
      total: total ? figure(total) : null,
      suppressedRows,
      note:
        `Figures as UNODC publishes them: "<5" is a count from 1 to 4 that UNODC does not publish (${suppressedRows} here), never 0 or 5. ` +
        'The parts need not add up to the published total.',
      citation: `${CITATIONS[SOURCES.GLOTIP]} (data_glotip.xlsx, edition of 30 May 2023)`,
    };
  }

  private country(code: string) {
    const join = countryFromCode(code);
    if (!('country' in join)) throw notFound('Country');
    return join.country;
  }
}
