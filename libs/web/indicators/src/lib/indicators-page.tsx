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
import { Card, EmptyState, INDICATOR_KIND_LABELS, LoadError, LoadingState, SelectField } from '@taskforce/web-ui';
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
  SOURCE_OPTIONS,
  defaultFlowLevel,
} from './indicator-view';
import { CaseFlowsMap } from './map/case-flows-map';
import { OperationResultsCard } from './operation-results-card';

/**
 * Indicators dashboard (/indicators): a source, an indicator, a scope (the whole task force as the caller may
 * see it, or one of its joint operations) and one or two breakdowns; a bar chart and a table of the
 * small-cell protected figures the server returns (suppressed figures are absent, never zero), percentages over
 * the known values, a CSV export and the source's citation.
 */
export function IndicatorsPage() {
  const [source, setSource] = useState(SOURCE_OPTIONS[0]?.value ?? 'ctdc');
  // The flows map's level: the source's default until the person picks one; choosing another source resets it.
  const [flowLevel, setFlowLevel] = useState<FlowLevel | null>(null);
  const [indicator, setIndicator] = useState<IndicatorKind>(IndicatorKind.VICTIM_IDENTIFIED);
  const [operationId, setOperationId] = useState('');
  const operations = useQuery(OPERATIONS_QUERY).data?.operations ?? [];
  const viewer = useViewer();
  const [first, setFirst] = useState<IndicatorDimension | ''>('');
  const [second, setSecond] = useState<IndicatorDimension | ''>('');
  const dimensions = [first, second].filter((d): d is IndicatorDimension => d !== '');
  const dimensionOptions = dimensionOptionsFor(source);
  const input: IndicatorTableInput = { source, indicator, dimensions, ...(operationId ? { operationId } : {}) };
  const { data, loading, error, refetch } = useQuery(INDICATOR_TABLE_QUERY, { variables: { input }, skip: dimensions.length === 0 });
  const table = dimensions.length > 0 ? data?.indicatorTable : undefined;

  return (
    <div className="tf-page" data-testid="indicators-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Monitoring and evaluation</p>
        <h1 className="tf-page__title">Indicators</h1>
        <p className="tf-muted">
          Case-level figures broken down by one or two variables. Small figures are protected: counts below k are shown
          as "suppressed (&lt; k)", never as zero.
        </p>
      </div>
      <Card title="Breakdown" headingLevel={2}>
        <form className="tf-indicators__controls" onSubmit={(event) => event.preventDefault()} aria-label="Indicator breakdown">
          <SelectField
            label="Source"
            value={source}
            options={SOURCE_OPTIONS}
            onChange={(event) => {
              const next = event.target.value;
              setSource(next);
              setFlowLevel(null);
              // A breakdown the new source does not offer is dropped (e.g. countries when CTDC has only regions).
              const offered = dimensionOptionsFor(next).map((option) => option.value);
              const keep = [first, second].filter((d): d is IndicatorDimension => d !== '' && offered.includes(d));
              setFirst(keep[0] ?? '');
              setSecond(keep[1] ?? '');
            }}
            data-testid="indicators-source"
          />
          <SelectField
            label="Indicator"
            value={indicator}
            options={Object.values(IndicatorKind).map((value) => ({ value, label: INDICATOR_KIND_LABELS[value] }))}
            onChange={(event) => setIndicator(event.target.value as IndicatorKind)}
            data-testid="indicators-indicator"
          />
          <SelectField
            label="Scope"
            value={operationId}
            options={[{ value: '', label: 'The task force (records you may see)' }, ...operations.map((op) => ({ value: op.id, label: op.name }))]}
            onChange={(event) => setOperationId(event.target.value)}
            data-testid="indicators-scope"
          />
          <SelectField
            label="Break down by"
            value={first}
            placeholder="Choose a variable…"
            options={dimensionOptions}
            onChange={(event) => {
              const value = event.target.value as IndicatorDimension | '';
              setFirst(value);
              if (value === '' || value === second) setSecond('');
            }}
            data-testid="indicators-dimension-1"
          />
          <SelectField
            label="and by (optional)"
            value={second}
            placeholder="Nothing else"
            options={dimensionOptions.filter((option) => option.value !== first)}
            disabled={first === ''}
            onChange={(event) => setSecond(event.target.value as IndicatorDimension | '')}
            data-testid="indicators-dimension-2"
          />
        </form>
      </Card>
      {dimensions.length === 0 && <EmptyState>Choose a variable to break the figures down by.</EmptyState>}
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, 'The indicator table cannot be loaded right now.')}</LoadError>}
      {dimensions.length > 0 && !table && loading && <LoadingState label="Loading the indicator table…" />}
      {table && <IndicatorResult table={table} input={input} />}
      <FormsNamedCard input={{ source, indicator, ...(operationId ? { operationId } : {}) }} />
      <CaseFlowsMap
        source={source}
        level={flowLevel ?? defaultFlowLevel(source)}
        onLevelChange={setFlowLevel}
        indicator={indicator}
        operationId={operationId || undefined}
        scope={operations.find((op) => op.id === operationId)?.name ?? caseRecordsScope(source, viewer?.agency.acronym ?? 'your agency')}
      />
      <OperationResultsCard operationId={operationId || undefined} />
      <PublicFiguresSection />
      <RecordCaseForm />
    </div>
  );
}

function IndicatorResult({ table, input }: { table: IndicatorTableData; input: IndicatorTableInput }) {
  const model = barChartModel(table);
  const names = table.dimensions.map(dimensionLabel);
  const title = `${table.total.count === null ? '' : `${table.total.count.toLocaleString('en-GB')} `}records by ${names.join(' and ').toLowerCase()}`;
  const description = `Bar chart of ${title}. The same figures are in the table below.`;
  return (
    <div className="tf-indicators__result" aria-live="polite">
      <Card title={`Chart: ${title}`} headingLevel={2} actions={<DownloadCsvButton input={input} />}>
        <IndicatorBarChart model={model} k={table.k} description={description} />
        {model.suppressed.length > 0 && (
          <p className="tf-small" data-testid="indicators-suppressed">
            Not drawn, suppressed (&lt; {table.k}): {model.suppressed.join('; ')}.
          </p>
        )}
        <p className="tf-small tf-muted" data-testid="indicators-citation">
          Source: {table.citation}
        </p>
      </Card>
      <Card title="Table" headingLevel={2}>
        {table.dimensions.length === 1 ? <OneWayTable table={table} /> : <TwoWayTable table={table} />}
        {!table.viewerIsOwner && (
          <p className="tf-small tf-muted">
            Figures from 1 to {table.k - 1} and the figures that would reveal them read "suppressed (&lt; {table.k})".
          </p>
        )}
        {[...table.cells, ...table.rowTotals, ...table.columnTotals].some((f) => f.perturbed) && (
          <p className="tf-small tf-muted" data-testid="indicators-perturbed-note">
            Cells of two-way tables and figures by age band that count other agencies' records carry a small adjustment
            (usually 0 or 1 record, rarely more), the same in every table, so that tables cannot be combined to reveal a suppressed figure. One-way
            figures and totals are exact.
          </p>
        )}
      </Card>
    </div>
  );
}

function OneWayTable({ table }: { table: IndicatorTableData }) {
  const categories = table.categories[0] ?? [];
  const percentages = table.percentages;
  const noteId = 'tf-indicators-percent-note';
  return (
    <>
      <table className="tf-indicators__table" data-testid="indicators-table">
        <caption className="tf-visually-hidden">Records by {dimensionLabel(table.dimensions[0] ?? '').toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">{dimensionLabel(table.dimensions[0] ?? '')}</th>
            <th scope="col" className="tf-num">Records</th>
            {percentages && (
              <th scope="col" className="tf-num" aria-describedby={noteId}>
                % of known
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => {
            const percent = percentages?.rows.find((row) => row.category === category)?.percent;
            return (
              <tr key={category} data-testid="indicators-row" data-category={category}>
                <th scope="row">{categoryLabel(category)}</th>
                <td className="tf-num" data-testid="indicators-cell">{figureText(cellFigure(table, category))}</td>
                {percentages && <td className="tf-num">{percent === null || percent === undefined ? '—' : `${percent.toFixed(1)} %`}</td>}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="tf-num" data-testid="indicators-total">{figureText(table.total)}</td>
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
  const rows = table.categories[0] ?? [];
  const columns = table.categories[1] ?? [];
  return (
    <div className="tf-indicators__scroll" tabIndex={0} role="region" aria-label="Table, scrolls sideways">
      <table className="tf-indicators__table" data-testid="indicators-table">
        <caption className="tf-visually-hidden">
          Records by {table.dimensions.map(dimensionLabel).join(' and ').toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {dimensionLabel(table.dimensions[0] ?? '')} \ {dimensionLabel(table.dimensions[1] ?? '')}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="tf-num">
                {categoryLabel(column)}
              </th>
            ))}
            <th scope="col" className="tf-num">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={row} data-testid="indicators-row" data-category={row}>
              <th scope="row">{categoryLabel(row)}</th>
              {columns.map((column) => (
                <td key={column} className="tf-num" data-testid="indicators-cell" data-column={column}>
                  {figureText(cellFigure(table, row, column))}
                </td>
              ))}
              <td className="tf-num" data-testid="indicators-row-total">{figureText(table.rowTotals[rowIndex])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {columns.map((column, columnIndex) => (
              <td key={column} className="tf-num" data-testid="indicators-column-total">
                {figureText(table.columnTotals[columnIndex])}
              </td>
            ))}
            <td className="tf-num" data-testid="indicators-total">{figureText(table.total)}</td>
          </tr>
        </tfoot>
      </table>
      {table.rowPercentages && <RowPercentagesTable table={table} percentages={table.rowPercentages} />}
    </div>
  );
}

/** A share as the tables show it: one decimal and a per-cent sign, or a dash when none is given. */
function percentText(percent: number | null | undefined): string {
  return percent === null || percent === undefined ? '—' : `${percent.toFixed(1)} %`;
}

/**
 * The row percentages of a two-way table: in each row, each known category of the second variable as a share of
 * the row's records where it is known. Suppressed cells, and rows whose denominator would reveal a suppressed
 * figure, read "—".
 */
function RowPercentagesTable({ table, percentages }: { table: IndicatorTableData; percentages: RowPercentages }) {
  const noteId = 'tf-indicators-row-percent-note';
  const [rowName, columnName] = table.dimensions.map(dimensionLabel);
  const row = (r: RowPercentageRow, header: string, testId: string) => (
    <tr key={r.category} data-testid={testId} data-category={r.category}>
      <th scope="row">{header}</th>
      {r.percents.map((percent, j) => (
        <td key={percentages.columns[j]} className="tf-num" data-testid="indicators-row-percent" data-column={percentages.columns[j]}>
          {percentText(percent)}
        </td>
      ))}
      <td className="tf-num" data-testid="indicators-row-percent-denominator">
        {r.denominator === null ? '—' : r.denominator.toLocaleString('en-GB')}
      </td>
      <td className="tf-num">{r.unknown === null ? '—' : r.unknown.toLocaleString('en-GB')}</td>
    </tr>
  );
  return (
    <>
      <table className="tf-indicators__table tf-indicators__table--percent" data-testid="indicators-row-percentages" aria-describedby={noteId}>
        <caption>
          Row percentages: {columnName.toLowerCase()} within each {rowName.toLowerCase()} (of the records where {columnName.toLowerCase()} is known)
        </caption>
        <thead>
          <tr>
            <th scope="col">{rowName}</th>
            {percentages.columns.map((column) => (
              <th key={column} scope="col" className="tf-num">
                % {categoryLabel(column)}
              </th>
            ))}
            <th scope="col" className="tf-num">Known (denominator)</th>
            <th scope="col" className="tf-num">Unknown</th>
          </tr>
        </thead>
        <tbody>{percentages.rows.map((r) => row(r, categoryLabel(r.category), 'indicators-row-percent-row'))}</tbody>
        <tfoot>{row(percentages.total, 'All records', 'indicators-row-percent-total')}</tfoot>
      </table>
      <p className="tf-small" id={noteId} data-testid="indicators-row-percent-note">
        {percentages.note} A dash marks a share that is not shown: its figure is suppressed, or the row's denominator would reveal one.
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
