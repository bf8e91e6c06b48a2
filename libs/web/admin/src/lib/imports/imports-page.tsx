import { useMutation } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { apiErrorParts, apiErrorText, useViewer, type DatasetKind } from '@taskforce/web-data-access';
import { Alert, Button, Card, EmptyState, formatList, formatNumber, LoadingState, messageId, useCatalogue, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { IMPORT_DATASET_MUTATION, type DatasetImportReport } from './imports.documents';

// Titles and sources are message ids (catalogue `admin`).
const DATASET_FILES: Readonly<Record<DatasetKind, { title: string; file: string; source: string }>> = {
  TIP_TIERS_CSV: { title: messageId('imports.dataset.tipTiersCsv'), file: 'tip-tiers/map_tiers.csv', source: messageId('imports.source.tipTiersCsv') },
  TIP_TIERS_XLSX: { title: messageId('imports.dataset.tipTiersXlsx'), file: 'tip-tiers/TIP Tier Rankings.xlsx', source: messageId('imports.source.tipTiersXlsx') },
  PALERMO: { title: messageId('imports.dataset.palermo'), file: 'palermo/protocol_ratification_year.csv', source: messageId('imports.source.palermo') },
  PALERMO_COUNTS: { title: messageId('imports.dataset.palermoCounts'), file: 'palermo/ratifications_count.csv', source: messageId('imports.source.palermoCounts') },
  GLOTIP: { title: messageId('imports.dataset.glotip'), file: 'glotip/data_glotip.xlsx', source: messageId('imports.source.glotip') },
  CTDC: { title: messageId('imports.dataset.ctdc'), file: 'ctdc/CTDC_VPsynthetic_condensed.csv', source: messageId('imports.source.ctdc') },
};

/** The known data sets, their file in the data folder (see ../shared/data/README.md) and what to cite (title and source as message ids). */
export const DATASETS: ReadonlyArray<{ kind: DatasetKind; title: string; file: string; source: string }> = (Object.keys(DATASET_FILES) as DatasetKind[]).map(
  (kind) => ({ kind, ...DATASET_FILES[kind] }),
);

/** Rejected rows listed on screen at most (the count is always given in full). */
const REJECTED_SHOWN = 200;

/**
 * Admin imports (/admin/imports): runs `importDataset` for a known data set and shows its report — rows inserted,
 * updated and unchanged, and each rejected row with its line (and sheet) and reason. Platform admins only (the
 * server refuses everyone else).
 */
export function ImportsPage() {
  const viewer = useViewer();
  const isAdmin = viewer?.roles.includes(Role.PLATFORM_ADMIN) ?? false;
  const { _ } = useLingui();
  if (!useCatalogue('admin')) return <LoadingState />;
  return (
    <div className="tf-page" data-testid="imports-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('admin.eyebrow')}</p>
        <h1 className="tf-page__title">{_('imports.title')}</h1>
        <p className="tf-muted">{_('imports.intro')}</p>
      </div>
      {!isAdmin ? (
        <EmptyState>{_('imports.onlyPlatformAdmins')}</EmptyState>
      ) : (
        <div className="tf-country__grid">
          {DATASETS.map((d) => (
            <DatasetImport key={d.kind} dataset={d} />
          ))}
        </div>
      )}
    </div>
  );
}

function DatasetImport({ dataset }: { dataset: (typeof DATASETS)[number] }) {
  const [run, { loading, error }] = useMutation(IMPORT_DATASET_MUTATION);
  const [report, setReport] = useState<DatasetImportReport | null>(null);
  const { _ } = useLingui();
  const start = async (confirm = false) => {
    setReport(null);
    try {
      const result = await run({ variables: { kind: dataset.kind, confirm } });
      setReport(result.data?.importDataset ?? null);
    } catch {
      // Shown from the mutation's error state.
    }
  };
  return (
    <Card
      title={_(dataset.title)}
      headingLevel={2}
      data-testid="import-card"
      data-kind={dataset.kind}
      actions={
        <Button variant="primary" size="sm" busy={loading} onClick={() => void start()} data-testid={`import-run-${dataset.kind}`}>
          {_('imports.run')}
        </Button>
      }
    >
      <p className="tf-small tf-muted">
        {_('imports.file')} <code>{dataset.file}</code> · {_('imports.source', { source: _(dataset.source) })}
      </p>
      {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('imports.failed'))}</Alert>}
      {report && <ImportReport report={report} />}
      {report?.confirmationNeeded && (
        <Button variant="danger" size="sm" className="tf-mt" busy={loading} onClick={() => void start(true)} data-testid={`import-confirm-${dataset.kind}`}>
          {_('imports.apply', { inserted: formatNumber(report.inserted), updated: formatNumber(report.updated), removed: formatNumber(report.removed) })}
        </Button>
      )}
    </Card>
  );
}

function ImportReport({ report }: { report: DatasetImportReport }) {
  const shown = report.rejected.slice(0, REJECTED_SHOWN);
  const { _ } = useLingui();
  return (
    <div data-testid={`import-report-${report.kind}`} aria-live="polite">
      {report.confirmationNeeded && (
        <Alert tone="warning" data-testid="import-preview">
          {_('imports.preview')}
          {(['updated', 'removed'] as const).map((change) =>
            report.examples[change].length ? (
              <p key={change} className="tf-small tf-break">
                {change === 'updated'
                  ? _('imports.wouldChange', { examples: formatList(report.examples[change], 'unit') })
                  : _('imports.wouldRemove', { examples: formatList(report.examples[change], 'unit') })}
                {report[change] > report.examples[change].length ? ' …' : ''}
              </p>
            ) : null,
          )}
        </Alert>
      )}
      {!report.applied && !report.confirmationNeeded && (
        <Alert data-testid="import-nothing">{_('imports.nothing')}</Alert>
      )}
      <p>
        {report.confirmationNeeded ? `${_('imports.wouldGive')} ` : ''}
        <span data-testid="import-inserted">{formatNumber(report.inserted)}</span> {_('imports.inserted')} ·{' '}
        <span data-testid="import-updated">{formatNumber(report.updated)}</span> {_('imports.updated')} ·{' '}
        <span data-testid="import-unchanged">{formatNumber(report.unchanged)}</span> {_('imports.unchanged')} ·{' '}
        <span data-testid="import-removed">{formatNumber(report.removed)}</span> {_('imports.removed')} ·{' '}
        <span data-testid="import-rejected">{formatNumber(report.rejected.length)}</span> {_('imports.rejected')}
      </p>
      {report.rejected.length > 0 && (
        <details>
          <summary>
            {report.rejected.length > REJECTED_SHOWN
              ? _('imports.rejectedRowsFirst', { shown: formatNumber(REJECTED_SHOWN), total: formatNumber(report.rejected.length) })
              : _('imports.rejectedRows')}
          </summary>
          <table className="tf-indicators__table" data-testid="import-rejected-table">
            <caption className="tf-visually-hidden">{_('imports.rejectedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="tf-num">{_('imports.line')}</th>
                <th scope="col">{_('imports.sheet')}</th>
                <th scope="col">{_('imports.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r, index) => (
                <tr key={`${r.sheet ?? ''}:${r.line}:${index}`}>
                  <td className="tf-num">{r.line}</td>
                  <td>{r.sheet ?? '—'}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
