import { apiErrorText, SelectorListUploadError, uploadSelectorList, type ApiErrorParts, type SelectorListReportData } from '@taskforce/web-data-access';
import { Alert, Button, Card, messageId, Trans, useLingui } from '@taskforce/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { listFileProblem, SELECTOR_LIST_MAX_BYTES } from './selector-fields';
import { SelectorListReport } from './selector-list-report';

/** Where the last upload stands: nothing sent yet, sending, its report, or why it failed. */
type UploadState = { state: 'idle' } | { state: 'sending' } | { state: 'done'; report: SelectorListReportData } | { state: 'failed'; status: number; parts: ApiErrorParts };

/**
 * A list of selectors queried at once from a CSV file (header `kind,value` and the kind's qualifier columns, at most
 * 10,000 lines; docs/hit-no-hit.md, "Lists of selectors"), uploaded as it is (`POST /selectors/query.csv`, not
 * GraphQL, whose requests carry at most 100 KiB); the report is announced (aria-live). Each valid line counts against
 * the daily budgets; a list the budget cannot cover is refused whole.
 */
export function QuerySelectorList({ onQueried }: { onQueried: () => void }) {
  const { _ } = useLingui();
  const [upload, setUpload] = useState<UploadState>({ state: 'idle' });
  const [file, setFile] = useState<File | null>(null);
  const inputId = useId();
  const problem = file ? listFileProblem(file) : null;
  const loading = upload.state === 'sending';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || problem || loading) return;
    setUpload({ state: 'sending' });
    try {
      setUpload({ state: 'done', report: await uploadSelectorList(file) });
    } catch (error) {
      setUpload(error instanceof SelectorListUploadError ? { state: 'failed', status: error.status, parts: error.parts } : { state: 'failed', status: 0, parts: {} });
    } finally {
      onQueried();
    }
  };

  /** The failure in the person's language: over the size limit as the file check says it, else by the API's code. */
  const failure = (status: number, parts: ApiErrorParts) =>
    status === 413 ? _('hitNoHit.list.tooLarge', { kib: SELECTOR_LIST_MAX_BYTES / 1024 }) : apiErrorText(_, parts, messageId('hitNoHit.listFailed'));

  return (
    <Card title={_('hitNoHit.queryList')} headingLevel={2} data-testid="query-selector-list">
      <form className="tf-stack" onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="tf-field">
          <label className="tf-field__label" htmlFor={inputId}>
            {_('hitNoHit.csvFile')}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={problem ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            data-testid="selector-list-file"
          />
          <p className="tf-field__hint" id={`${inputId}-hint`}>
            <Trans
              id="hitNoHit.csvHint"
              values={{ header: 'kind,value', optional: 'country,issuingCountry,documentType,network,platform,platformName,bankCode', country: 'country', lines: 10000 }}
              components={{ 0: <code />, 1: <code />, 2: <code /> }}
            />
          </p>
          {problem && (
            <p className="tf-field__error" id={`${inputId}-error`}>
              {_(problem.id, problem.values)}
            </p>
          )}
        </div>
        <div className="tf-form-actions">
          <Button type="submit" variant="primary" busy={loading} disabled={!file || !!problem} data-testid="selector-list-submit">
            {_('hitNoHit.queryListSubmit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite" data-testid="selector-list-result">
        {upload.state === 'failed' && <Alert>{failure(upload.status, upload.parts)}</Alert>}
        {upload.state === 'done' && <SelectorListReport report={upload.report} />}
      </div>
    </Card>
  );
}
