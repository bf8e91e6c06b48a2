import { useMutation } from '@apollo/client/react';
import { describeApiError, QUERY_SELECTORS_CSV_MUTATION } from '@taskforce/web-data-access';
import { Alert, Button, Card } from '@taskforce/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { listFileProblem } from './selector-fields';
import { SelectorListReport } from './selector-list-report';

/**
 * A list of selectors queried at once from a CSV file (header `kind,value` and the kind's qualifier columns, at most
 * 10,000 lines; docs/hit-no-hit.md, "Lists of selectors"); the report is announced (aria-live). Each valid line counts
 * against the daily budgets; a list the budget cannot cover is refused whole.
 */
export function QuerySelectorList({ onQueried }: { onQueried: () => void }) {
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
    <Card title="Query a list (CSV)" headingLevel={2} data-testid="query-selector-list">
      <form className="tf-stack" onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="tf-field">
          <label className="tf-field__label" htmlFor={inputId}>
            CSV file
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
            Header <code>kind,value</code>, optionally <code>country,issuingCountry,documentType,network,platform,platformName,bankCode</code>; at most 10,000 lines. For a phone,
            <code> country</code> is the region of a national number.
          </p>
          {problem && (
            <p className="tf-field__error" id={`${inputId}-error`}>
              {problem}
            </p>
          )}
        </div>
        <div className="tf-form-actions">
          <Button type="submit" variant="primary" busy={loading} disabled={!file || !!problem} data-testid="selector-list-submit">
            Query the list
          </Button>
        </div>
      </form>
      <div aria-live="polite" data-testid="selector-list-result">
        {error && <Alert>{describeApiError(error, 'The list could not be queried.')}</Alert>}
        {data && !loading && <SelectorListReport report={data.querySelectorsCsv} />}
      </div>
    </Card>
  );
}
