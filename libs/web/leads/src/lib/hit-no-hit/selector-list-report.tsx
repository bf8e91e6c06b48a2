import type { SelectorListReportData } from '@taskforce/web-data-access';
import { SELECTOR_KIND_LABELS, fieldErrorsOf } from './selector-fields';
import { SelectorMatchText } from './selector-match-text';

/** The answer to a CSV list: totals, then one row per data line (its file line number, the answer or its errors). */
export function SelectorListReport({ report }: { report: SelectorListReportData }) {
  return (
    <div data-testid="selector-list-report">
      <p data-testid="selector-list-totals">
        {report.queried} {report.queried === 1 ? 'line' : 'lines'} queried, {report.hits} with a hit, {report.rejected} with errors (not queried).
      </p>
      <div className="tf-table-wrap">
      <table className="tf-table">
        <caption className="tf-visually-hidden">Answer per line of the list</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Kind</th>
            <th scope="col">Answer</th>
          </tr>
        </thead>
        <tbody>
          {report.lines.map((line) => (
            <tr key={line.line} data-testid="selector-list-line">
              <td>{line.line}</td>
              <td>{line.kind ? SELECTOR_KIND_LABELS[line.kind] : '—'}</td>
              <td>
                {line.hit === null ? (
                  <ul className="tf-field__error" data-testid="selector-list-errors">
                    {fieldErrorsOf(line.errors).map((e) => (
                      <li key={`${e.column}-${e.message}`}>
                        <code>{e.column}</code>: {e.message}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <SelectorMatchText hit={line.hit} holders={line.holders} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
