import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, notFound, positional } from '@taskforce/api-core';
import { NationalLawService } from '@taskforce/api-jurisdiction';
import { OperationPolicy } from '@taskforce/api-operations';
import { Country, countryFromCode } from '@taskforce/data-import';
import { AgencyKind, AgreementParty, JurisdictionRule, RuleCondition, RuleFlow, RuleScope, rulesInEffect, windowPosition } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import {
  CountryAgreementModel,
  CountryImpactModel,
  CountryImpactYearModel,
  CountryProfileModel,
  CountryRuleModel,
  CountrySummaryModel,
  GlotipFigureModel,
  TipTierYearModel,
} from './country.model';
import { DISPLAYED_SOURCES } from '../imports/dataset-import';
import { CITATIONS } from '../tables/indicator-query.service';

/** Cited under the law markers and the law list. */
export const NATIONAL_LAWS_CITATION = 'National anti-trafficking laws as entered by the task force’s platform admins, with their official references';

/**
 * The GLOTIP indicators of the impact view and the field each fills. Their names are UNODC's `Indicator` column of
 * data_glotip.xlsx (edition of 30 May 2023).
 */
const IMPACT_INDICATORS = {
  'Detected trafficking victims': 'detectedVictims',
  'Persons prosecuted': 'personsProsecuted',
  'Persons convicted': 'personsConvicted',
} as const;

type ImpactField = (typeof IMPACT_INDICATORS)[keyof typeof IMPACT_INDICATORS];

const citationOf = (source: string) => CITATIONS[source] ?? source;

interface AgreementRow {
  id: string;
  kind: string;
  title: string;
  article: string | null;
  parties: AgreementParty[];
  in_force_from: string;
  in_force_to: string | null;
  suspended: boolean;
}

interface RuleRow {
  id: string;
  version: number;
  effective_from: string | null;
  effective_to: string | null;
  scope: RuleScope;
  flows: RuleFlow[];
  condition: RuleCondition;
  text: string;
}

/** Country legal-framework profiles, the impact view and the list of countries. */
@Injectable()
export class CountryProfileService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly laws: NationalLawService,
  ) {}

  /**
   * The profile of a country given by ISO alpha-2 or alpha-3 (Kosovo XK/XKK/KOS/UNK): Palermo ratification, TIP
   * tiers by year (map_tiers preferred when both sources have a year), agencies based in the country, national
   * laws by entry into force, the agreements in force at `now` whose parties include the country or an agency
   * based in it (the sharing engine's in-force reading: inclusive window, bare-date end covers its whole UTC day,
   * suspended agreements are not in force), and the version in effect at `now` of each rule scoped to the country
   * (the engine's `rulesInEffect`), and the number of joint operations visible to `viewer` that the country takes
   * part in (`jointOperationsIn`).
   * @throws NOT_FOUND ("Country not found") for a code that is not a country.
   */
  async profile(code: string, viewer: Pick<AuthUser, 'agencyId'>, now: Date = new Date()): Promise<CountryProfileModel> {
    const { alpha2, alpha3, name } = this.country(code);
    const palermo: Array<{ ratified_year: number | null }> = await this.db.query(
      `SELECT ratified_year FROM palermo_ratifications WHERE country_alpha2 = $1 ORDER BY source LIMIT 1`,
      [alpha2],
    );
    const tiers = await this.tipTiers(alpha2);
    const agencies: Array<{ id: string; name: string; acronym: string | null }> = await this.db.query(
      `SELECT id::text AS id, name, acronym FROM agencies WHERE country = $1 ORDER BY name`,
      [alpha2],
    );
    const sources = new Set<string>(tiers.map((t) => t.source));
    if (palermo.length) sources.add('palermo_kelley_simmons');
    return {
      code: alpha2,
      alpha3,
      name,
      palermoRatificationYear: palermo[0]?.ratified_year ?? null,
      palermoDataPresent: palermo.length > 0,
      tipTiers: tiers,
      agencies,
      jointOperations: await this.jointOperationsIn(alpha2, viewer),
      nationalLaws: await this.laws.listForCountry(alpha2),
      agreementsInForce: await this.agreementsInForce(alpha2, now.getTime()),
      jurisdictionRules: await this.rulesInEffect(alpha2, now.getTime()),
      asOf: now,
      citations: [...sources].map(citationOf),
    };
  }

  /**
   * Per year, the country's published UNODC GLOTIP totals of detected victims, persons prosecuted and persons
   * convicted, its TIP tier, and its national laws as markers.
   *
   * Which GLOTIP rows: `glotip_figures` holds every published breakdown (by sex, age, citizenship, form of
   * exploitation, country of repatriation…). The country total is the ONE row per indicator and year with
   * Dimension = "Total", Category = "Total", Sex = "Total" and Age = "Total" — taken as published, never re-summed
   * from its parts (UNODC's parts need not add up to it, and "<5" parts cannot). A total published as "<5" stays
   * suppressed (`count` null, `suppressed` true), never zero; a year without a published total gives null for that
   * indicator. A total the importer rejected (a repeated key with conflicting values) is absent, so null too.
   * Years: every year with any of these totals or a TIP tier, oldest first.
   * @throws NOT_FOUND ("Country not found") for a code that is not a country.
   */
  async impact(code: string): Promise<CountryImpactModel> {
    const { alpha2, alpha3, name } = this.country(code);
    const figures: Array<{ indicator: keyof typeof IMPACT_INDICATORS; year: number; value: number | null; suppressed: boolean; value_text: string }> = await this.db.query(
      `SELECT indicator, year, value::int AS value, suppressed, value_text FROM glotip_figures
        WHERE source = 'unodc_glotip' AND country_alpha2 = $1 AND indicator = ANY($2)
          AND dimension = 'Total' AND category = 'Total' AND sex = 'Total' AND age = 'Total'
        ORDER BY year, indicator`,
      [alpha2, Object.keys(IMPACT_INDICATORS)],
    );
    const tiers = await this.tipTiers(alpha2);
    const byYear = new Map<number, CountryImpactYearModel>();
    const yearOf = (year: number) => {
      let y = byYear.get(year);
      if (!y) {
        y = { year, detectedVictims: null, personsProsecuted: null, personsConvicted: null, tipTier: null };
        byYear.set(year, y);
      }
      return y;
    };
    for (const f of figures) {
      const field: ImpactField = IMPACT_INDICATORS[f.indicator];
      const figure: GlotipFigureModel = { count: f.suppressed ? null : f.value, suppressed: f.suppressed, published: f.value_text };
      yearOf(f.year)[field] = figure;
    }
    for (const t of tiers) yearOf(t.year).tipTier = t.tier;
    const lawMarkers = await this.laws.listForCountry(alpha2);
    const citations: string[] = [];
    if (figures.length) citations.push(`${citationOf('unodc_glotip')} — country totals as published (data_glotip.xlsx, edition of 30 May 2023)`);
    for (const source of new Set(tiers.map((t) => t.source))) citations.push(citationOf(source));
    if (lawMarkers.length) citations.push(NATIONAL_LAWS_CITATION);
    return { code: alpha2, alpha3, name, years: [...byYear.values()].sort((a, b) => a.year - b.year), lawMarkers, citations };
  }

  /**
   * Every country with a task-force agency, a national law, a TIP tier, a Palermo ratification row or a GLOTIP
   * figure, sorted by name (English short name of ISO 3166-1). Codes the country join does not know are left out.
   */
  async countries(): Promise<CountrySummaryModel[]> {
    const rows: Array<{ code: string; agencies: number; laws: number; tiers: number; glotip: boolean; palermo: number | null }> = await this.db.query(
      `WITH codes AS (
         SELECT country AS code FROM agencies WHERE country IS NOT NULL
         UNION SELECT country FROM national_laws
         UNION SELECT country_alpha2 FROM tip_tiers WHERE source = ANY ($1::text[])
         UNION SELECT country_alpha2 FROM palermo_ratifications
         UNION SELECT DISTINCT country_alpha2 FROM glotip_figures
       )
       SELECT c.code,
              (SELECT count(*)::int FROM agencies a WHERE a.country = c.code) AS agencies,
              (SELECT count(*)::int FROM national_laws l WHERE l.country = c.code) AS laws,
              (SELECT count(DISTINCT year)::int FROM tip_tiers t WHERE t.country_alpha2 = c.code AND t.source = ANY ($1::text[])) AS tiers,
              EXISTS (SELECT 1 FROM glotip_figures g WHERE g.country_alpha2 = c.code) AS glotip,
              (SELECT p.ratified_year FROM palermo_ratifications p WHERE p.country_alpha2 = c.code ORDER BY p.source LIMIT 1) AS palermo
         FROM codes c`,
      [DISPLAYED_SOURCES],
    );
    const out: CountrySummaryModel[] = [];
    for (const r of rows) {
      const join = countryFromCode(r.code.trim());
      if (!('country' in join)) continue;
      out.push({
        code: join.country.alpha2,
        name: join.country.name,
        agencies: r.agencies,
        nationalLaws: r.laws,
        tipTierYears: r.tiers,
        hasGlotip: r.glotip,
        palermoRatificationYear: r.palermo,
      });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }

  /**
   * Joint operations the country takes part in — an agency based in it participates, or it is among the operation's
   * `countries` — counting only those the viewer's agency takes part in: whether an operation exists is itself
   * need-to-know (OperationPolicy), so a count of operations the viewer may not see would give them away.
   */
  async jointOperationsIn(alpha2: string, viewer: Pick<AuthUser, 'agencyId'>): Promise<number> {
    const visible = positional(OperationPolicy.visibleIds(viewer), [alpha2]);
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM operations o
        WHERE o.id = ANY (${visible.sql})
          AND ($1 = ANY (o.countries)
               OR EXISTS (SELECT 1 FROM agencies a
                           WHERE a.country = $1 AND a.kind <> 'INTERNATIONAL_ORGANIZATION' AND ${OperationPolicy.takesPart('o.id', 'a.id')}))`,
      visible.values,
    );
    return n;
  }

  private country(code: string): Country {
    const join = countryFromCode(code);
    if (!('country' in join)) throw notFound('Country');
    return join.country;
  }

  /** One tier per report year, from the sources whose licence allows showing them (DISPLAYED_SOURCES). */
  private tipTiers(alpha2: string): Promise<TipTierYearModel[]> {
    return this.db.query(
      `SELECT DISTINCT ON (year) year, tier, source FROM tip_tiers WHERE country_alpha2 = $1 AND source = ANY ($2::text[])
        ORDER BY year, (source = 'map_tiers') DESC, source`,
      [alpha2, DISPLAYED_SOURCES],
    );
  }

  private async agreementsInForce(alpha2: string, atMs: number): Promise<CountryAgreementModel[]> {
    const agreements: AgreementRow[] = await this.db.query(
      `SELECT id, kind::text AS kind, title, article, parties, in_force_from, in_force_to, suspended FROM agreements ORDER BY id`,
    );
    const agencies: Array<{ id: string; name: string; country: string | null; kind: AgencyKind }> = await this.db.query(
      `SELECT id::text AS id, name, country, kind::text AS kind FROM agencies`,
    );
    const agencyById = new Map(agencies.map((a) => [a.id, a]));
    // An agency "of" the country as the engine reads jurisdiction: international organisations belong to none.
    const ofCountry = (agencyId: string) => {
      const a = agencyById.get(agencyId);
      return !!a && a.kind !== AgencyKind.INTERNATIONAL_ORGANIZATION && a.country?.toUpperCase() === alpha2;
    };
    return agreements
      .filter((a) => !a.suspended && windowPosition(atMs, a.in_force_from, a.in_force_to) === 'INSIDE')
      .filter((a) => a.parties.some((p) => (p.kind === 'COUNTRY' ? p.country.toUpperCase() === alpha2 : ofCountry(p.agencyId))))
      .map((a) => ({
        id: a.id,
        kind: a.kind,
        title: a.title,
        article: a.article,
        inForceFrom: a.in_force_from,
        inForceTo: a.in_force_to,
        parties: a.parties.map((p) =>
          p.kind === 'COUNTRY'
            ? { kind: p.kind, country: p.country, agencyId: null, agencyName: null }
            : { kind: p.kind, country: null, agencyId: p.agencyId, agencyName: agencyById.get(p.agencyId)?.name ?? null },
        ),
      }));
  }

  private async rulesInEffect(alpha2: string, atMs: number): Promise<CountryRuleModel[]> {
    const rows: RuleRow[] = await this.db.query(
      `SELECT id, version, effective_from, effective_to, scope, flows::text[] AS flows, condition, text FROM jurisdiction_rules
        WHERE scope->>'kind' = 'COUNTRY' AND upper(scope->>'country') = $1`,
      [alpha2],
    );
    const rules: JurisdictionRule[] = rows.map((r) => ({
      id: r.id,
      version: r.version,
      effectiveFrom: r.effective_from,
      effectiveTo: r.effective_to,
      scope: r.scope,
      flows: r.flows,
      condition: r.condition,
      text: r.text,
    }));
    return rulesInEffect(rules, atMs).map((r) => ({
      id: r.id,
      version: r.version,
      text: r.text,
      flows: [...r.flows],
      effectiveFrom: r.effectiveFrom ?? null,
      effectiveTo: r.effectiveTo ?? null,
    }));
  }
}
