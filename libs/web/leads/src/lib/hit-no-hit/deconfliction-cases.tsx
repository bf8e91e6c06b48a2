import { useQuery } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, DECONFLICTION_CASES_QUERY, useRealtimeEvent } from '@taskforce/web-data-access';
import { Alert, Card, EmptyState, formatDateTime, formatNumber, Link, LoadingState, messageId, pathTo, useLingui } from '@taskforce/web-ui';
import { Fragment } from 'react';
import { DeconflictionCaseActions } from './deconfliction-case-actions';
import { SELECTOR_KIND_LABEL_IDS } from './selector-fields';

/** Notifications after which the cases are read again: a new hit, and what the other side did from a case. */
const REFRESH_ON: ReadonlySet<string> = new Set(['SELECTOR_QUERIED', 'DECONFLICTION_CONTACT_PROPOSED', 'DECONFLICTION_LEAD_REQUESTED', 'DECONFLICTION_LEAD_REQUEST_DECIDED']);

/**
 * Your agency's deconfliction cases (liaison officers): each hit between your agency and another, as your side sees
 * it — your own lead linked, the other agency, the kind of selector, when — and under each, what can be done from it
 * (DeconflictionCaseActions). Refreshes on a SELECTOR_QUERIED notification and on the other side's actions.
 */
export function DeconflictionCases() {
  const { _ } = useLingui();
  const { data, loading, error, refetch } = useQuery(DECONFLICTION_CASES_QUERY, { fetchPolicy: 'cache-and-network' });
  useRealtimeEvent('notification', (event) => {
    if (REFRESH_ON.has(event.type)) void refetch().catch(() => undefined);
  });
  const cases = data?.deconflictionCases ?? [];
  return (
    <Card title={_('deconfliction.title')} headingLevel={2} data-testid="deconfliction-cases">
      {error && !data && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('deconfliction.loadFailed'))}</Alert>}
      {!data && loading && <LoadingState label={_('deconfliction.loading')} />}
      {data && cases.length === 0 && <EmptyState>{_('deconfliction.none')}</EmptyState>}
      {cases.length > 0 && (
        <div className="tf-table-wrap">
          <table className="tf-table">
            <caption className="tf-visually-hidden">{_('deconfliction.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{_('deconfliction.yourSide')}</th>
                <th scope="col">{_('deconfliction.otherAgency')}</th>
                <th scope="col">{_('hitNoHit.list.kind')}</th>
                <th scope="col">{_('deconfliction.yourLead')}</th>
                <th scope="col">{_('deconfliction.hits')}</th>
                <th scope="col">{_('deconfliction.lastHit')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => {
                const other = c.side === 'HOLDER' ? c.queryingAgency : c.holderAgency;
                return (
                  <Fragment key={c.id}>
                    <tr data-testid="deconfliction-case" data-case={c.id}>
                      <td>{c.side === 'HOLDER' ? _('deconfliction.holder') : _('deconfliction.querier')}</td>
                      <td>
                        <abbr title={other.name}>{other.acronym}</abbr>
                      </td>
                      <td>{_(SELECTOR_KIND_LABEL_IDS[c.selectorKind])}</td>
                      <td>{c.ownLeadId ? <Link to={pathTo('lead', { id: c.ownLeadId })}>{_('deconfliction.openLead')}</Link> : <span className="tf-muted">{_('deconfliction.aQuery')}</span>}</td>
                      <td>{formatNumber(c.hits)}</td>
                      <td>{formatDateTime(c.lastHitAt)}</td>
                    </tr>
                    <tr data-testid="deconfliction-case-detail" data-case={c.id}>
                      <td colSpan={6}>
                        <DeconflictionCaseActions item={c} />
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
