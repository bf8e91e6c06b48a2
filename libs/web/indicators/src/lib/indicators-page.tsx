import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  describeApiError,
  INDICATOR_TABLE_CSV_QUERY,
  OPERATIONS_QUERY,
  useViewer,
  INDICATOR_TABLE_QUERY,
  type FlowLevel,
  type IndicatorDimension,
  type IndicatorTableData,
  type IndicatorTableInput,
  type RowPercentageRow,
  type RowPercentages,
} from '@taskforce/web-data-access';
import { caseRecordsScope, IndicatorKind } from '@taskforce/domain';
import { Card, EmptyState, formatNumber, formatPercent, LoadError, LoadingState, SelectField, useCatalogue, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { IndicatorBarChart } from './indicator-bar-chart';
import { RecordCaseForm } from './record-case-form';
import { ServerCsvButton } from './server-csv-button';
import { FormsNamedCard } from './forms-named-card';
import { PublicFiguresSection } from './public/public-figures';
import {
  barChartModel,
  categoryLabel,
  cellFigure,
  csvFileName,
  dimensionLabel,
  dimensionOptionsFor,
  figureText,
  defaultFlowLevel,
  SOURCES,
  sourceOptions,
} from './indicator-view';
import { indicatorKindOptions } from './indicator-kinds';
import type { Translate } from './translate';
import { CaseFlowsMap } from './map/case-flows-map';
import { OperationResultsCard } from './operation-results-card';

/**
 * Indicators dashboard (/indicators): a source, an indicator, a scope (the whole task force as the caller may
 * see it, or one of its joint operations) and one or two breakdowns; a bar chart and a table of the
 * small-cell protected figures the server returns (suppressed figures are absent, never zero), percentages over
 * the known values, a CSV export and the source's citation.
 */
export function IndicatorsPage() {
  const { _ } = useLingui();
  const [source, setSource] = useState(SOURCES[0] ?? 'ctdc');
  // The flows map's level: the source's default until the person picks one; choosing another source resets it.
  const [flowLevel, setFlowLevel] = useState<FlowLevel | null>(null);
  const [indicator, setIndicator] = useState<IndicatorKind>(IndicatorKind.VICTIM_IDENTIFIED);
  const [operationId, setOperationId] = useState('');
  const operations = useQuery(OPERATIONS_QUERY).data?.operations ?? [];
  const viewer = useViewer();
  const [first, setFirst] = useState<IndicatorDimension | ''>('');
  const [second, setSecond] = useState<IndicatorDimension | ''>('');
  const dimensions = [first, second].filter((d): d is IndicatorDimension => d !== '');
  const dimensionOptions = dimensionOptionsFor(source, _);
  const input: IndicatorTableInput = { source, indicator, dimensions, ...(operationId ? { operationId } : {}) };
  const { data, loading, error, refetch } = useQuery(INDICATOR_TABLE_QUERY, { variables: { input }, skip: dimensions.length === 0 });
  const table = dimensions.length > 0 ? data?.indicatorTable : undefined;
  // The screens' own texts come in their catalogue (`indicators`), fetched with the page in the shown language.
  if (!useCatalogue('indicators')) return <LoadingState />;

  return (
    <div className="tf-page" data-testid="indicators-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('indicators.eyebrow')}</p>
        <h1 className="tf-page__title">{_('nav.indicators')}</h1>
        <p className="tf-muted">{_('indicators.intro')}</p>
      </div>
      <Card title={_('indicators.breakdown.title')} headingLevel={2}>
        <form className="tf-indicators__controls" onSubmit={(event) => event.preventDefault()} aria-label={_('indicators.breakdown.label')}>
          <SelectField
            label={_('indicators.breakdown.source')}
            value={source}
            options={sourceOptions(_)}
            onChange={(event) => {
              const next = event.target.value;
              setSource(next);
              setFlowLevel(null);
              // A breakdown the new source does not offer is dropped (e.g. countries when CTDC has only regions).
              const offered = dimensionOptionsFor(next, _).map((option) => option.value);
              const keep = [first, second].filter((d): d is IndicatorDimension => d !== '' && offered.includes(d));
              setFirst(keep[0] ?? '');
              setSecond(keep[1] ?? '');
            }}
            data-testid="indicators-source"
          />
          <SelectField
            label={_('indicators.breakdown.indicator')}
            value={indicator}
            options={indicatorKindOptions(_)}
            onChange={(event) => setIndicator(event.target.value as IndicatorKind)}
            data-testid="indicators-indicator"
          />
          <SelectField
            label={_('indicators.breakdown.scope')}
            value={operationId}
            options={[{ value: '', label: _('indicators.breakdown.scopeTaskForce') }, ...operations.map((op) => ({ value: op.id, label: op.name }))]}
            onChange={(event) => setOperationId(event.target.value)}
            data-testid="indicators-scope"
          />
          <SelectField
            label={_('indicators.breakdown.first')}
            value={first}
            placeholder={_('indicators.breakdown.firstPlaceholder')}
            options={dimensionOptions}
            onChange={(event) => {
              const value = event.target.value as IndicatorDimension | '';
              setFirst(value);
              if (value === '' || value === second) setSecond('');
            }}
            data-testid="indicators-dimension-1"
          />
          <SelectField
            label={_('indicators.breakdown.second')}
            value={second}
            placeholder={_('indicators.breakdown.secondPlaceholder')}
            options={dimensionOptions.filter((option) => option.value !== first)}
            disabled={first === ''}
            onChange={(event) => setSecond(event.target.value as IndicatorDimension | '')}
            data-testid="indicators-dimension-2"
          />
        </form>
      </Card>
      {dimensions.length === 0 && <EmptyState>{_('indicators.chooseVariable')}</EmptyState>}
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, _('indicators.table.loadFailed'), _)}</LoadError>}
      {dimensions.length > 0 && !table && loading && <LoadingState label={_('indicators.table.loading')} />}
      {table && <IndicatorResult table={table} input={input} />}
      <FormsNamedCard input={{ source, indicator, ...(operationId ? { operationId } : {}) }} />
      <CaseFlowsMap
        source={source}
        level={flowLevel ?? defaultFlowLevel(source)}
        onLevelChange={setFlowLevel}
        indicator={indicator}
        operationId={operationId || undefined}
        scope={operations.find((op) => op.id === operationId)?.name ?? caseRecordsScope(source, viewer?.agency.acronym ?? _('indicators.yourAgency'))}
      />
      <OperationResultsCard operationId={operationId || undefined} />
      <PublicFiguresSection />
      <RecordCaseForm />
    </div>
  );
}

/** "sex", "sex and age group": the breakdowns of a table, lower-cased to sit inside a sentence. */
function dimensionsPhrase(dimensions: readonly string[], _: Translate): string {
  const [first = '', second] = dimensions.map((dimension) => dimensionLabel(dimension, _).toLowerCase());
  return second === undefined ? first : _('indicators.dimensions.pair', { first, second });
}

function IndicatorResult({ table, input }: { table: IndicatorTableData; input: IndicatorTableInput }) {
  const { _ } = useLingui();
  const model = barChartModel(table, _);
  const dimensions = dimensionsPhrase(table.dimensions, _);
  const title =
    table.total.count === null
      ? _('indicators.result.titleUncounted', { dimensions })
      : _('indicators.result.title', { count: formatNumber(table.total.count), dimensions });
  return (
    <div className="tf-indicators__result" aria-live="polite">
      <Card title={_('indicators.result.chartTitle', { title })} headingLevel={2} actions={<DownloadCsvButton input={input} />}>
        <IndicatorBarChart model={model} k={table.k} description={_('indicators.result.chartDescription', { title })} />
        {model.suppressed.length > 0 && (
          <p className="tf-small" data-testid="indicators-suppressed">
            {_('indicators.result.notDrawn', { k: table.k, cells: model.suppressed.join('; ') })}
          </p>
        )}
        <p className="tf-small tf-muted" data-testid="indicators-citation">
          {_('indicators.source', { citation: table.citation })}
        </p>
      </Card>
      <Card title={_('indicators.table.title')} headingLevel={2}>
        {table.dimensions.length === 1 ? <OneWayTable table={table} /> : <TwoWayTable table={table} />}
        {!table.viewerIsOwner && <p className="tf-small tf-muted">{_('indicators.table.suppressionNote', { below: table.k - 1, k: table.k })}</p>}
        {[...table.cells, ...table.rowTotals, ...table.columnTotals].some((f) => f.perturbed) && (
          <p className="tf-small tf-muted" data-testid="indicators-perturbed-note">
            {_('indicators.table.perturbedNote')}
          </p>
        )}
      </Card>
    </div>
  );
}

function OneWayTable({ table }: { table: IndicatorTableData }) {
  const { _ } = useLingui();
  const categories = table.categories[0] ?? [];
  const percentages = table.percentages;
  const noteId = 'tf-indicators-percent-note';
  return (
    <>
      <table className="tf-indicators__table" data-testid="indicators-table">
        <caption className="tf-visually-hidden">{_('indicators.table.caption', { dimensions: dimensionsPhrase(table.dimensions, _) })}</caption>
        <thead>
          <tr>
            <th scope="col">{dimensionLabel(table.dimensions[0] ?? '', _)}</th>
            <th scope="col" className="tf-num">{_('indicators.records')}</th>
            {percentages && (
              <th scope="col" className="tf-num" aria-describedby={noteId}>
                {_('indicators.table.percentOfKnown')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => {
            const percent = percentages?.rows.find((row) => row.category === category)?.percent;
            return (
              <tr key={category} data-testid="indicators-row" data-category={category}>
                <th scope="row">{categoryLabel(category, _)}</th>
                <td className="tf-num" data-testid="indicators-cell">{figureText(cellFigure(table, category), _)}</td>
                {percentages && <td className="tf-num">{percentText(percent)}</td>}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{_('indicators.total')}</th>
            <td className="tf-num" data-testid="indicators-total">{figureText(table.total, _)}</td>
            {percentages && <td />}
          </tr>
        </tfoot>
      </table>
      {percentages && (
        <p className="tf-small" id={noteId} data-testid="indicators-percent-note">
          {percentages.note}
        </p>
      )}
    </>
  );
}

function TwoWayTable({ table }: { table: IndicatorTableData }) {
  const { _ } = useLingui();
  const rows = table.categories[0] ?? [];
  const columns = table.categories[1] ?? [];
  return (
    <div className="tf-indicators__scroll" tabIndex={0} role="region" aria-label={_('indicators.table.scrolls')}>
      <table className="tf-indicators__table" data-testid="indicators-table">
        <caption className="tf-visually-hidden">{_('indicators.table.caption', { dimensions: dimensionsPhrase(table.dimensions, _) })}</caption>
        <thead>
          <tr>
            <th scope="col">
              {dimensionLabel(table.dimensions[0] ?? '', _)} \ {dimensionLabel(table.dimensions[1] ?? '', _)}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="tf-num">
                {categoryLabel(column, _)}
              </th>
            ))}
            <th scope="col" className="tf-num">{_('indicators.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={row} data-testid="indicators-row" data-category={row}>
              <th scope="row">{categoryLabel(row, _)}</th>
              {columns.map((column) => (
                <td key={column} className="tf-num" data-testid="indicators-cell" data-column={column}>
                  {figureText(cellFigure(table, row, column), _)}
                </td>
              ))}
              <td className="tf-num" data-testid="indicators-row-total">{figureText(table.rowTotals[rowIndex], _)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{_('indicators.total')}</th>
            {columns.map((column, columnIndex) => (
              <td key={column} className="tf-num" data-testid="indicators-column-total">
                {figureText(table.columnTotals[columnIndex], _)}
              </td>
            ))}
            <td className="tf-num" data-testid="indicators-total">{figureText(table.total, _)}</td>
          </tr>
        </tfoot>
      </table>
      {table.rowPercentages && <RowPercentagesTable table={table} percentages={table.rowPercentages} />}
    </div>
  );
}

/** A share the server gives in per cent (37.5) as the active locale writes it with one decimal, or a dash when none is given. */
function percentText(percent: number | null | undefined): string {
  return percent === null || percent === undefined ? '—' : formatPercent(percent / 100, 1);
}

/**
 * The row percentages of a two-way table: in each row, each known category of the second variable as a share of
 * the row's records where it is known. Suppressed cells, and rows whose denominator would reveal a suppressed
 * figure, read "—".
 */
function RowPercentagesTable({ table, percentages }: { table: IndicatorTableData; percentages: RowPercentages }) {
  const { _ } = useLingui();
  const noteId = 'tf-indicators-row-percent-note';
  const [rowName = '', columnName = ''] = table.dimensions.map((dimension) => dimensionLabel(dimension, _));
  const row = (r: RowPercentageRow, header: string, testId: string) => (
    <tr key={r.category} data-testid={testId} data-category={r.category}>
      <th scope="row">{header}</th>
      {r.percents.map((percent, j) => (
        <td key={percentages.columns[j]} className="tf-num" data-testid="indicators-row-percent" data-column={percentages.columns[j]}>
          {percentText(percent)}
        </td>
      ))}
      <td className="tf-num" data-testid="indicators-row-percent-denominator">
        {formatNumber(r.denominator)}
      </td>
      <td className="tf-num">{formatNumber(r.unknown)}</td>
    </tr>
  );
  return (
    <>
      <table className="tf-indicators__table tf-indicators__table--percent" data-testid="indicators-row-percentages" aria-describedby={noteId}>
        <caption>{_('indicators.rowPercent.caption', { column: columnName.toLowerCase(), row: rowName.toLowerCase() })}</caption>
        <thead>
          <tr>
            <th scope="col">{rowName}</th>
            {percentages.columns.map((column) => (
              <th key={column} scope="col" className="tf-num">
                {_('indicators.rowPercent.column', { category: categoryLabel(column, _) })}
              </th>
            ))}
            <th scope="col" className="tf-num">{_('indicators.rowPercent.known')}</th>
            <th scope="col" className="tf-num">{_('indicators.category.unknown')}</th>
          </tr>
        </thead>
        <tbody>{percentages.rows.map((r) => row(r, categoryLabel(r.category, _), 'indicators-row-percent-row'))}</tbody>
        <tfoot>{row(percentages.total, _('indicators.rowPercent.allRecords'), 'indicators-row-percent-total')}</tfoot>
      </table>
      <p className="tf-small" id={noteId} data-testid="indicators-row-percent-note">
        {_('indicators.rowPercent.note', { note: percentages.note })}
      </p>
    </>
  );
}

/** Fetches the same protected table as CSV from the server and saves it. */
function DownloadCsvButton({ input }: { input: IndicatorTableInput }) {
  const client = useApolloClient();
  return (
    <ServerCsvButton
      fileName={csvFileName(input.source, input.dimensions)}
      testId="indicators-download-csv"
      fetchCsv={async () => (await client.query({ query: INDICATOR_TABLE_CSV_QUERY, variables: { input }, fetchPolicy: 'network-only' })).data?.indicatorTableCsv}
    />
  );
}
