import { useQuery } from '@apollo/client/react';
import { describeApiError, type GlotipBreakdown } from '@taskforce/web-data-access';
import { Alert, Card, EmptyState, LoadError, LoadingState, SelectField, TableCsvButton } from '@taskforce/web-ui';
import { useState } from 'react';
import { COUNTRY_LIST_QUERY } from '../country/country.documents';
import { IndicatorBarChart } from '../indicator-bar-chart';
import {
  GLOTIP_BREAKDOWN_OPTIONS_QUERY,
  GLOTIP_BREAKDOWN_QUERY,
  PALERMO_RATIFICATIONS_QUERY,
  TIP_TIER_DISTRIBUTION_QUERY,
} from './public-figures.documents';
import { GLOTIP_BREAKDOWN_LABELS, glotipChartModel, glotipRowLabel, publishedText, ratificationPoints, TIER_SERIES, tierDistributionChartModel } from './public-figures-view';
import { RatificationsChart } from './ratifications-chart';

/** The public figures of the dashboard: nothing small-cell protected here beyond what each publisher did. */
export function PublicFiguresSection() {
  return (
    <section className="tf-public" aria-labelledby="tf-public-heading" data-testid="public-figures">
      <h2 id="tf-public-heading" className="tf-public__heading">
        Public figures
      </h2>
      <p className="tf-muted">Published data sets, shown as published and cited under each chart and in each CSV.</p>
      <GlotipBreakdownCard />
      <TipTierDistributionCard />
      <PalermoRatificationsCard />
    </section>
  );
}

/** Cumulative ratifications of the UN Trafficking in Persons Protocol per year: a line, a table beside it, a CSV. */
export function PalermoRatificationsCard() {
  const { data, loading, error, refetch } = useQuery(PALERMO_RATIFICATIONS_QUERY);
  const series = data?.palermoRatificationsByYear;
  const first = series?.years[0];
  const last = series?.years[series.years.length - 1];
  return (
    <Card
      title="Ratifications of the UN Trafficking in Persons Protocol"
      headingLevel={3}
      data-testid="palermo-ratifications"
      actions={
        series &&
        series.years.length > 0 && (
          <TableCsvButton tableId="palermo-table" filename="palermo-ratifications-by-year.csv" header={{ scope: 'States ratifying the UN Trafficking in Persons Protocol (2000), public data', k: null, sources: [series.citation] }} />
        )
      }
    >
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, 'The ratifications cannot be loaded right now.')}</LoadError>}
      {!series && loading && <LoadingState label="Loading the ratifications…" />}
      {series && series.years.length === 0 && <EmptyState>The yearly ratification counts have not been imported (data set “Palermo Protocol ratifications per year”).</EmptyState>}
      {series && first && last && (
        <>
          <div className="tf-public__pair">
            <RatificationsChart
              points={ratificationPoints(series)}
              description={`Line chart of the states that had ratified the UN Trafficking in Persons Protocol, by year, from ${first.cumulative} in ${first.year} to ${last.cumulative} in ${last.year}. The same figures are in the table beside it.`}
            />
            <div className="tf-indicators__scroll tf-public__table" tabIndex={0} role="region" aria-label="Ratifications by year, table">
              <table className="tf-indicators__table" id="palermo-table" data-testid="palermo-table">
                <caption>States ratifying the Protocol, by year</caption>
                <thead>
                  <tr>
                    <th scope="col">Year</th>
                    <th scope="col" className="tf-num">Ratified in the year</th>
                    <th scope="col" className="tf-num">Cumulative</th>
                  </tr>
                </thead>
                <tbody>
                  {series.years.map((y) => (
                    <tr key={y.year} data-testid="palermo-row" data-year={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className="tf-num">{y.ratified}</td>
                      <td className="tf-num" data-testid="palermo-cumulative">{y.cumulative}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <p className="tf-small tf-muted" data-testid="palermo-citation">
            Source: {series.citation}.
          </p>
        </>
      )}
    </Card>
  );
}

/** Countries per US TIP Report tier and year (map_tiers.csv only): a stacked bar chart, a table beside it, a CSV. */
export function TipTierDistributionCard() {
  const { data, loading, error, refetch } = useQuery(TIP_TIER_DISTRIBUTION_QUERY);
  const distribution = data?.tipTierDistribution;
  const years = distribution?.years ?? [];
  return (
    <Card
      title="US TIP Report: countries per tier and year"
      headingLevel={3}
      data-testid="tip-tier-distribution"
      actions={
        distribution &&
        years.length > 0 && <TableCsvButton tableId="tip-tier-table" filename="tip-tiers-by-year.csv" header={{ scope: 'Countries rated in the US TIP Report, public data', k: null, sources: [distribution.citation] }} />
      }
    >
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, 'The tier distribution cannot be loaded right now.')}</LoadError>}
      {!distribution && loading && <LoadingState label="Loading the tiers…" />}
      {distribution && years.length === 0 && <EmptyState>The TIP tiers (map_tiers.csv) have not been imported.</EmptyState>}
      {distribution && years.length > 0 && (
        <>
          <div className="tf-public__pair">
            <IndicatorBarChart
              model={tierDistributionChartModel(distribution)}
              stacked
              yTitle="Countries"
              testId="tip-tier-chart"
              description={`Stacked bar chart of the countries in Tier 1, Tier 2, Tier 2 Watch List and Tier 3 of the US TIP Report in each year from ${years[0].year} to ${years[years.length - 1].year}. The same figures are in the table beside it.`}
            />
            <div className="tf-indicators__scroll tf-public__table" tabIndex={0} role="region" aria-label="Countries per tier and year, table">
              <table className="tf-indicators__table" id="tip-tier-table" data-testid="tip-tier-table">
                <caption>Countries per TIP tier, by report year</caption>
                <thead>
                  <tr>
                    <th scope="col">Year</th>
                    {TIER_SERIES.map((tier) => (
                      <th key={tier.key} scope="col" className="tf-num">
                        {tier.label}
                      </th>
                    ))}
                    <th scope="col" className="tf-num">No tier (not rated)</th>
                  </tr>
                </thead>
                <tbody>
                  {years.map((y) => (
                    <tr key={y.year} data-testid="tip-tier-row" data-year={y.year}>
                      <th scope="row">{y.year}</th>
                      {TIER_SERIES.map((tier) => (
                        <td key={tier.key} className="tf-num" data-tier={tier.key}>
                          {y[tier.key]}
                        </td>
                      ))}
                      <td className="tf-num" data-tier="notRated">
                        {y.notRated}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <p className="tf-small tf-muted" data-testid="tip-tier-citation">
            Source: {distribution.citation}. Countries the file lists without a tier in a year are counted in the table only.
          </p>
        </>
      )}
    </Card>
  );
}

/** A GLOTIP breakdown of one country, indicator and year, as UNODC published it ("<5" kept), with a CSV. */
export function GlotipBreakdownCard() {
  const countries = (useQuery(COUNTRY_LIST_QUERY).data?.countryList ?? []).filter((c) => c.hasGlotip);
  const [chosenCountry, setCountry] = useState('');
  const country = chosenCountry || (countries.find((c) => c.code === 'NL') ?? countries[0])?.code || '';
  const optionsQuery = useQuery(GLOTIP_BREAKDOWN_OPTIONS_QUERY, { variables: { country }, skip: !country });
  const options = optionsQuery.data?.glotipBreakdownOptions ?? [];
  const [chosen, setChosen] = useState<{ indicator?: string; year?: number; breakdown?: GlotipBreakdown }>({});
  const indicators = [...new Set(options.map((o) => o.indicator))];
  const indicator = chosen.indicator && indicators.includes(chosen.indicator) ? chosen.indicator : (indicators.find((i) => i === 'Detected trafficking victims') ?? indicators[0]);
  const years = options.filter((o) => o.indicator === indicator);
  const yearOption = years.find((o) => o.year === chosen.year) ?? years[0];
  const breakdowns = yearOption?.breakdowns ?? [];
  const breakdown = chosen.breakdown && breakdowns.includes(chosen.breakdown) ? chosen.breakdown : breakdowns[0];
  const ready = Boolean(country && indicator && yearOption && breakdown);
  const { data, loading, error } = useQuery(GLOTIP_BREAKDOWN_QUERY, {
    variables: { input: { country, indicator: indicator ?? '', year: yearOption?.year ?? 0, breakdown: breakdown ?? 'SEX' } },
    skip: !ready,
  });
  const table = ready ? data?.glotipBreakdown : undefined;
  return (
    <Card
      title="UNODC GLOTIP: breakdowns by country"
      headingLevel={3}
      data-testid="glotip-breakdown"
      actions={
        table && (
          <TableCsvButton
            tableId="glotip-table"
            filename={`glotip-${table.code}-${table.year}-${table.breakdown}.csv`.toLowerCase()}
            header={{ scope: `${table.name} (${table.code}), ${table.indicator}, ${table.year}, public data`, k: null, sources: [table.citation] }}
          />
        )
      }
    >
      <form className="tf-indicators__controls" onSubmit={(event) => event.preventDefault()} aria-label="GLOTIP breakdown">
        <SelectField
          label="Country"
          value={country}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
          onChange={(event) => {
            setCountry(event.target.value);
            setChosen({});
          }}
          data-testid="glotip-country"
        />
        <SelectField
          label="Indicator"
          value={indicator ?? ''}
          options={indicators.map((i) => ({ value: i, label: i }))}
          onChange={(event) => setChosen({ indicator: event.target.value })}
          data-testid="glotip-indicator"
        />
        <SelectField
          label="Year"
          value={yearOption ? String(yearOption.year) : ''}
          options={years.map((o) => ({ value: String(o.year), label: String(o.year) }))}
          onChange={(event) => setChosen({ ...chosen, indicator, year: Number(event.target.value) })}
          data-testid="glotip-year"
        />
        <SelectField
          label="Break down by"
          value={breakdown ?? ''}
          options={breakdowns.map((b) => ({ value: b, label: GLOTIP_BREAKDOWN_LABELS[b] }))}
          onChange={(event) => setChosen({ indicator, year: yearOption?.year, breakdown: event.target.value as GlotipBreakdown })}
          data-testid="glotip-breakdown-by"
        />
      </form>
      {(error || optionsQuery.error) && <Alert>{describeApiError(error ?? optionsQuery.error, 'The GLOTIP figures cannot be loaded right now.')}</Alert>}
      {countries.length === 0 && !loading && <EmptyState>No UNODC GLOTIP figures have been imported.</EmptyState>}
      {ready && !table && loading && <LoadingState label="Loading the breakdown…" />}
      {table && (
        <>
          <p className="tf-small" data-testid="glotip-note">
            {table.note}
          </p>
          <div className="tf-public__pair">
            <IndicatorBarChart
              model={glotipChartModel(table)}
              suppressedText="<5"
              yTitle="Persons"
              testId="glotip-chart"
              description={`Bar chart of ${table.indicator.toLowerCase()} in ${table.name} in ${table.year} by ${GLOTIP_BREAKDOWN_LABELS[table.breakdown].toLowerCase()}, as UNODC published them; "<5" where UNODC did not publish a count from 1 to 4. The same figures are in the table beside it.`}
            />
            <div className="tf-indicators__scroll tf-public__table" tabIndex={0} role="region" aria-label="GLOTIP breakdown, table">
              <table className="tf-indicators__table" id="glotip-table" data-testid="glotip-table">
                <caption>
                  {table.indicator}, {table.name}, {table.year}, by {GLOTIP_BREAKDOWN_LABELS[table.breakdown].toLowerCase()}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{GLOTIP_BREAKDOWN_LABELS[table.breakdown]}</th>
                    <th scope="col" className="tf-num">Persons (as published)</th>
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={`${row.category}|${row.sex}|${row.age}`} data-testid="glotip-row" data-category={row.category} data-sex={row.sex} data-age={row.age}>
                      <th scope="row">{glotipRowLabel(table.breakdown, row)}</th>
                      <td className="tf-num" data-testid="glotip-figure">
                        {publishedText(row.figure)}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Published total (not a sum of the rows)</th>
                    <td className="tf-num" data-testid="glotip-total">
                      {publishedText(table.total)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </div>
          <p className="tf-small" data-testid="glotip-suppressed">
            {table.suppressedRows === 0 ? 'No figure of this breakdown was published as "<5".' : `${table.suppressedRows} ${table.suppressedRows === 1 ? 'figure was' : 'figures were'} published as "<5" (1 to 4 persons).`}
          </p>
          <p className="tf-small tf-muted" data-testid="glotip-citation">
            Source: {table.citation}.
          </p>
        </>
      )}
    </Card>
  );
}
