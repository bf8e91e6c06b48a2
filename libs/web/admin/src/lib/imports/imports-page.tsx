import { useMutation } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { describeApiError, useViewer, type DatasetKind } from '@taskforce/web-data-access';
import { Alert, Button, Card, EmptyState } from '@taskforce/web-ui';
import { useState } from 'react';
import { IMPORT_DATASET_MUTATION, type DatasetImportReport } from './imports.documents';

const DATASET_FILES: Readonly<Record<DatasetKind, { title: string; file: string; source: string }>> = {
  TIP_TIERS_CSV: { title: 'US TIP Report tiers, 1999–2015', file: 'tip-tiers/map_tiers.csv', source: 'US Department of State via Kelley & Heiss (MIT)' },
  TIP_TIERS_XLSX: {
    title: 'US TIP Report tiers, 2008–2016 (hand-entered copy)',
    file: 'tip-tiers/TIP Tier Rankings.xlsx',
    source: 'DU-Human-Trafficking student project — no licence: imported to test the importer only, never shown on any screen',
  },
  PALERMO: { title: 'Palermo Protocol ratification years', file: 'palermo/protocol_ratification_year.csv', source: 'UN Treaty Collection XVIII-12-a, per Kelley & Simmons (AJPS 2014)' },
  PALERMO_COUNTS: {
    title: 'Palermo Protocol ratifications per year (cumulative)',
    file: 'palermo/ratifications_count.csv',
    source: 'UN Treaty Collection XVIII-12-a, via Kelley & Heiss (MIT)',
  },
  GLOTIP: { title: 'UNODC GLOTIP figures', file: 'glotip/data_glotip.xlsx', source: 'UNODC, Global Report on Trafficking in Persons' },
  CTDC: { title: 'CTDC victim records (synthetic, condensed)', file: 'ctdc/CTDC_VPsynthetic_condensed.csv', source: 'Counter Trafficking Data Collaborative (CTDC), IOM' },
};

/** The known data sets, their file in the data folder (see ../shared/data/README.md) and what to cite. */
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
  return (
    <div className="tf-page" data-testid="imports-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Administration</p>
        <h1 className="tf-page__title">Data imports</h1>
        <p className="tf-muted">
          Loads the public data sets from the server's data folder. Imports are idempotent (running one again, or the same file in another order, changes
          nothing) and transactional (a failed import changes nothing); a file that would change or remove stored rows is shown first and applied only
          when you confirm it; refused rows are listed with their line numbers.
        </p>
      </div>
      {!isAdmin ? (
        <EmptyState>Only platform admins import data sets.</EmptyState>
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
      title={dataset.title}
      headingLevel={2}
      data-testid="import-card"
      data-kind={dataset.kind}
      actions={
        <Button variant="primary" size="sm" busy={loading} onClick={() => void start()} data-testid={`import-run-${dataset.kind}`}>
          Import
        </Button>
      }
    >
      <p className="tf-small tf-muted">
        File <code>{dataset.file}</code> · source: {dataset.source}
      </p>
      {error && <Alert>{describeApiError(error, 'The import failed; nothing was changed.')}</Alert>}
      {report && <ImportReport report={report} />}
      {report?.confirmationNeeded && (
        <Button variant="danger" size="sm" className="tf-mt" busy={loading} onClick={() => void start(true)} data-testid={`import-confirm-${dataset.kind}`}>
          Apply this file: add {report.inserted.toLocaleString('en-GB')}, change {report.updated.toLocaleString('en-GB')}, remove {report.removed.toLocaleString('en-GB')}
        </Button>
      )}
    </Card>
  );
}

function ImportReport({ report }: { report: DatasetImportReport }) {
  const shown = report.rejected.slice(0, REJECTED_SHOWN);
  return (
    <div data-testid={`import-report-${report.kind}`} aria-live="polite">
      {report.confirmationNeeded && (
        <Alert tone="warning" data-testid="import-preview">
          This file differs from what is stored: nothing was changed yet. Check what it would do below, then apply it.
          {(['updated', 'removed'] as const).map((change) =>
            report.examples[change].length ? (
              <p key={change} className="tf-small tf-break">
                {change === 'updated' ? 'Would change' : 'Would remove'}: {report.examples[change].join(', ')}
                {report[change] > report.examples[change].length ? ' …' : ''}
              </p>
            ) : null,
          )}
        </Alert>
      )}
      {!report.applied && !report.confirmationNeeded && (
        <Alert data-testid="import-nothing">The file has no usable row: nothing was changed.</Alert>
      )}
      <p>
        {report.confirmationNeeded ? 'Would give: ' : ''}
        <span data-testid="import-inserted">{report.inserted.toLocaleString('en-GB')}</span> inserted ·{' '}
        <span data-testid="import-updated">{report.updated.toLocaleString('en-GB')}</span> updated ·{' '}
        <span data-testid="import-unchanged">{report.unchanged.toLocaleString('en-GB')}</span> unchanged ·{' '}
        <span data-testid="import-removed">{report.removed.toLocaleString('en-GB')}</span> removed ·{' '}
        <span data-testid="import-rejected">{report.rejected.length.toLocaleString('en-GB')}</span> rejected
      </p>
      {report.rejected.length > 0 && (
        <details>
          <summary>
            Rejected rows{report.rejected.length > REJECTED_SHOWN ? ` (first ${REJECTED_SHOWN} of ${report.rejected.length.toLocaleString('en-GB')})` : ''}
          </summary>
          <table className="tf-indicators__table" data-testid="import-rejected-table">
            <caption className="tf-visually-hidden">Rejected rows with their line numbers and reasons</caption>
            <thead>
              <tr>
                <th scope="col" className="tf-num">Line</th>
                <th scope="col">Sheet</th>
                <th scope="col">Reason</th>
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
