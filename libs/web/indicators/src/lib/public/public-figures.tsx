import { useQuery } from '@apollo/client/react';
import { describeApiError, type GlotipBreakdown } from '@taskforce/web-data-access';
import { Alert, Card, EmptyState, formatNumber, LoadError, LoadingState, SelectField, TableCsvButton, useLingui } from '@taskforce/web-ui';
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
  const { _ } = useLingui();
  return (
    <section className="tf-public" aria-labelledby="tf-public-heading" data-testid="public-figures">
      <h2 id="tf-public-heading" className="tf-public__heading">
        {_('indicators.public.title')}
      </h2>
      <p className="tf-muted">{_('indicators.public.intro')}</p>
      <GlotipBreakdownCard />
      <TipTierDistributionCard />
      <PalermoRatificationsCard />
    </section>
  );
}

/** Cumulative ratifications of the UN Trafficking in Persons Protocol per year: a line, a table beside it, a CSV. */
export function PalermoRatificationsCard() {
  const { _ } = useLingui();
  const { data, loading, error, refetch } = useQuery(PALERMO_RATIFICATIONS_QUERY);
  const series = data?.palermoRatificationsByYear;
  const first = series?.years[0];
  const last = series?.years[series.years.length - 1];
  return (
    <Card
      title={_('indicators.palermo.title')}
      headingLevel={3}
      data-testid="palermo-ratifications"
      actions={
        series &&
        series.years.length > 0 && (
          <TableCsvButton tableId="palermo-table" filename="palermo-ratifications-by-year.csv" header={{ scope: _('indicators.palermo.csvScope'), k: null, sources: [series.citation] }} />
        )
      }
    >
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, _('indicators.palermo.loadFailed'), _)}</LoadError>}
      {!series && loading && <LoadingState label={_('indicators.palermo.loading')} />}
      {series && series.years.length === 0 && <EmptyState>{_('indicators.palermo.none')}</EmptyState>}
      {series && first && last && (
        <>
          <div className="tf-public__pair">
            <RatificationsChart
              points={ratificationPoints(series)}
              description={_('indicators.palermo.chartDescription', {
                from: formatNumber(first.cumulative),
                firstYear: first.year,
                to: formatNumber(last.cumulative),
                lastYear: last.year,
              })}
            />
            <div className="tf-indicators__scroll tf-public__table" tabIndex={0} role="region" aria-label={_('indicators.palermo.tableLabel')}>
              <table className="tf-indicators__table" id="palermo-table" data-testid="palermo-table">
                <caption>{_('indicators.palermo.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{_('indicators.dimension.year')}</th>
                    <th scope="col" className="tf-num">{_('indicators.palermo.ratified')}</th>
                    <th scope="col" className="tf-num">{_('indicators.palermo.cumulative')}</th>
                  </tr>
                </thead>
                <tbody>
                  {series.years.map((y) => (
                    <tr key={y.year} data-testid="palermo-row" data-year={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className="tf-num">{formatNumber(y.ratified)}</td>
                      <td className="tf-num" data-testid="palermo-cumulative">{formatNumber(y.cumulative)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <p className="tf-small tf-muted" data-testid="palermo-citation">
            {_('indicators.results.source', { citation: series.citation })}
          </p>
        </>
      )}
    </Card>
  );
}

/** Countries per US TIP Report tier and year (map_tiers.csv only): a stacked bar chart, a table beside it, a CSV. */
export function TipTierDistributionCard() {
  const { _ } = useLingui();
  const { data, loading, error, refetch } = useQuery(TIP_TIER_DISTRIBUTION_QUERY);
  const distribution = data?.tipTierDistribution;
  const years = distribution?.years ?? [];
  return (
    <Card
      title={_('indicators.tiers.title')}
      headingLevel={3}
      data-testid="tip-tier-distribution"
      actions={
        distribution &&
        years.length > 0 && <TableCsvButton tableId="tip-tier-table" filename="tip-tiers-by-year.csv" header={{ scope: _('indicators.tiers.csvScope'), k: null, sources: [distribution.citation] }} />
      }
    >
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, _('indicators.tiers.loadFailed'), _)}</LoadError>}
      {!distribution && loading && <LoadingState label={_('indicators.tiers.loading')} />}
      {distribution && years.length === 0 && <EmptyState>{_('indicators.tiers.none')}</EmptyState>}
      {distribution && years.length > 0 && (
        <>
          <div className="tf-public__pair">
            <IndicatorBarChart
              model={tierDistributionChartModel(distribution, _)}
              stacked
              yTitle={_('indicators.flowLevel.countries')}
              testId="tip-tier-chart"
              description={_('indicators.tiers.chartDescription', { firstYear: years[0].year, lastYear: years[years.length - 1].year })}
            />
            <div className="tf-indicators__scroll tf-public__table" tabIndex={0} role="region" aria-label={_('indicators.tiers.tableLabel')}>
              <table className="tf-indicators__table" id="tip-tier-table" data-testid="tip-tier-table">
                <caption>{_('indicators.tiers.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{_('indicators.dimension.year')}</th>
                    {TIER_SERIES.map((tier) => (
                      <th key={tier.key} scope="col" className="tf-num">
                        {_(tier.label)}
                      </th>
                    ))}
                    <th scope="col" className="tf-num">{_('indicators.tiers.noTier')}</th>
                  </tr>
                </thead>
                <tbody>
                  {years.map((y) => (
                    <tr key={y.year} data-testid="tip-tier-row" data-year={y.year}>
                      <th scope="row">{y.year}</th>
                      {TIER_SERIES.map((tier) => (
                        <td key={tier.key} className="tf-num" data-tier={tier.key}>
                          {formatNumber(y[tier.key])}
                        </td>
                      ))}
                      <td className="tf-num" data-tier="notRated">
                        {formatNumber(y.notRated)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <p className="tf-small tf-muted" data-testid="tip-tier-citation">
            {_('indicators.tiers.source', { citation: distribution.citation })}
          </p>
        </>
      )}
    </Card>
  );
}

/** A GLOTIP breakdown of one country, indicator and year, as UNODC published it ("<5" kept), with a CSV. */
export function GlotipBreakdownCard() {
  const { _ } = useLingui();
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
      title={_('indicators.glotip.title')}
      headingLevel={3}
      data-testid="glotip-breakdown"
      actions={
        table && (
          <TableCsvButton
            tableId="glotip-table"
            filename={`glotip-${table.code}-${table.year}-${table.breakdown}.csv`.toLowerCase()}
            header={{ scope: _('indicators.glotip.csvScope', { name: table.name, code: table.code, indicator: table.indicator, year: table.year }), k: null, sources: [table.citation] }}
          />
        )
      }
    >
      <form className="tf-indicators__controls" onSubmit={(event) => event.preventDefault()} aria-label={_('indicators.glotip.formLabel')}>
        <SelectField
          label={_('indicators.glotip.country')}
          value={country}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
          onChange={(event) => {
            setCountry(event.target.value);
            setChosen({});
          }}
          data-testid="glotip-country"
        />
        <SelectField
          label={_('indicators.breakdown.indicator')}
          value={indicator ?? ''}
          options={indicators.map((i) => ({ value: i, label: i }))}
          onChange={(event) => setChosen({ indicator: event.target.value })}
          data-testid="glotip-indicator"
        />
        <SelectField
          label={_('indicators.dimension.year')}
          value={yearOption ? String(yearOption.year) : ''}
          options={years.map((o) => ({ value: String(o.year), label: String(o.year) }))}
          onChange={(event) => setChosen({ ...chosen, indicator, year: Number(event.target.value) })}
          data-testid="glotip-year"
        />
        <SelectField
          label={_('indicators.breakdown.first')}
          value={breakdown ?? ''}
          options={breakdowns.map((b) => ({ value: b, label: _(GLOTIP_BREAKDOWN_LABELS[b]) }))}
          onChange={(event) => setChosen({ indicator, year: yearOption?.year, breakdown: event.target.value as GlotipBreakdown })}
          data-testid="glotip-breakdown-by"
        />
      </form>
      {(error || optionsQuery.error) && <Alert>{describeApiError(error ?? optionsQuery.error, _('indicators.glotip.loadFailed'), _)}</Alert>}
      {countries.length === 0 && !loading && <EmptyState>{_('indicators.glotip.none')}</EmptyState>}
      {ready && !table && loading && <LoadingState label={_('indicators.glotip.loading')} />}
      {table && (
        <>
          <p className="tf-small" data-testid="glotip-note">
            {table.note}
          </p>
          <div className="tf-public__pair">
            <IndicatorBarChart
              model={glotipChartModel(table, _)}
              suppressedText="<5"
              yTitle={_('indicators.glotip.persons')}
              testId="glotip-chart"
              description={_('indicators.glotip.chartDescription', {
                indicator: table.indicator.toLowerCase(),
                name: table.name,
                year: table.year,
                breakdown: _(GLOTIP_BREAKDOWN_LABELS[table.breakdown]).toLowerCase(),
              })}
            />
            <div className="tf-indicators__scroll tf-public__table" tabIndex={0} role="region" aria-label={_('indicators.glotip.tableLabel')}>
              <table className="tf-indicators__table" id="glotip-table" data-testid="glotip-table">
                <caption>
                  {_('indicators.glotip.caption', {
                    indicator: table.indicator,
                    name: table.name,
                    year: table.year,
                    breakdown: _(GLOTIP_BREAKDOWN_LABELS[table.breakdown]).toLowerCase(),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{_(GLOTIP_BREAKDOWN_LABELS[table.breakdown])}</th>
                    <th scope="col" className="tf-num">{_('indicators.glotip.personsAsPublished')}</th>
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={`${row.category}|${row.sex}|${row.age}`} data-testid="glotip-row" data-category={row.category} data-sex={row.sex} data-age={row.age}>
                      <th scope="row">{glotipRowLabel(table.breakdown, row, _)}</th>
                      <td className="tf-num" data-testid="glotip-figure">
                        {publishedText(row.figure)}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{_('indicators.glotip.total')}</th>
                    <td className="tf-num" data-testid="glotip-total">
                      {publishedText(table.total)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </div>
          <p className="tf-small" data-testid="glotip-suppressed">
            {table.suppressedRows === 0 ? _('indicators.glotip.noneSuppressed') : _('indicators.glotip.suppressed', { count: table.suppressedRows })}
          </p>
          <p className="tf-small tf-muted" data-testid="glotip-citation">
            {_('indicators.results.source', { citation: table.citation })}
          </p>
        </>
      )}
    </Card>
  );
}
