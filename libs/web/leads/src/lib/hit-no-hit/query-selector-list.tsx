import { useMutation } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, QUERY_SELECTORS_CSV_MUTATION } from '@taskforce/web-data-access';
import { Alert, Button, Card, messageId, Trans, useLingui } from '@taskforce/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { listFileProblem } from './selector-fields';
import { SelectorListReport } from './selector-list-report';

/**
 * A list of selectors queried at once from a CSV file (header `kind,value` and the kind's qualifier columns, at most
 * 10,000 lines; docs/hit-no-hit.md, "Lists of selectors"); the report is announced (aria-live). Each valid line counts
 * against the daily budgets; a list the budget cannot cover is refused whole.
 */
export function QuerySelectorList({ onQueried }: { onQueried: () => void }) {
  const { _ } = useLingui();
  const [send, { data, loading, error, reset }] = useMutation(QUERY_SELECTORS_CSV_MUTATION);
  const [file, setFile] = useState<File | null>(null);
  const inputId = useId();
  const problem = file ? listFileProblem(file) : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || problem) return;
    reset();
    try {
      await send({ variables: { csv: await file.text() } });
    } catch {
      // Shown from `error`.
    } finally {
      onQueried();
    }
  };

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
        {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('hitNoHit.listFailed'))}</Alert>}
        {data && !loading && <SelectorListReport report={data.querySelectorsCsv} />}
      </div>
    </Card>
  );
}
