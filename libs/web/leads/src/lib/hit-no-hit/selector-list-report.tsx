import type { SelectorListReportData } from '@taskforce/web-data-access';
import { useLingui } from '@taskforce/web-ui';
import { SELECTOR_KIND_LABEL_IDS, fieldErrorsOf } from './selector-fields';
import { SelectorMatchText } from './selector-match-text';

/** The answer to a CSV list: totals, then one row per data line (its file line number, the answer or its errors). */
export function SelectorListReport({ report }: { report: SelectorListReportData }) {
  const { _ } = useLingui();
  return (
    <div data-testid="selector-list-report">
      <p data-testid="selector-list-totals">
        {_('hitNoHit.list.totals', { queried: report.queried, hits: report.hits, rejected: report.rejected })}
      </p>
      <div className="tf-table-wrap">
      <table className="tf-table">
        <caption className="tf-visually-hidden">{_('hitNoHit.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{_('hitNoHit.list.line')}</th>
            <th scope="col">{_('hitNoHit.list.kind')}</th>
            <th scope="col">{_('hitNoHit.list.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {report.lines.map((line) => (
            <tr key={line.line} data-testid="selector-list-line">
              <td>{line.line}</td>
              <td>{line.kind ? _(SELECTOR_KIND_LABEL_IDS[line.kind]) : '—'}</td>
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
