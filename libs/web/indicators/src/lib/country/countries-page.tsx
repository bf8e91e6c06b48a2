import { useQuery } from '@apollo/client/react';
import { describeApiError } from '@taskforce/web-data-access';
import { Card, EmptyState, formatNumber, Link, LoadError, LoadingState, pathTo, TableCsvButton, TextField, useCatalogue, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import type { Translate } from '../translate';
import { COUNTRY_LIST_QUERY } from './country.documents';

/** What the list is made of (libs/api/indicators, country profiles); the publications' own titles stay in English. */
const countriesSources = (_: Translate) => [
  'UN Treaty Collection XVIII-12-a, per Kelley & Simmons (AJPS 2014) replication data',
  'US Department of State, Trafficking in Persons Report',
  'UNODC, Global Report on Trafficking in Persons',
  _('indicators.countries.sourceWorkspace'),
];

/** Country list (/countries): every country with imported data, a national law or a task-force agency. */
export function CountriesPage() {
  const { _ } = useLingui();
  const { data, loading, error, refetch } = useQuery(COUNTRY_LIST_QUERY, { fetchPolicy: 'cache-and-network' });
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const countries = (data?.countryList ?? []).filter((c) => !needle || c.name.toLowerCase().includes(needle) || c.code.toLowerCase() === needle);
  if (!useCatalogue('indicators')) return <LoadingState />;
  return (
    <div className="tf-page" data-testid="countries-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('indicators.eyebrow')}</p>
        <h1 className="tf-page__title">{_('indicators.countries.title')}</h1>
        <p className="tf-muted">{_('indicators.countries.intro')}</p>
      </div>
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, _('indicators.countries.loadFailed'), _)}</LoadError>}
      {!data && loading && <LoadingState label={_('indicators.countries.loading')} />}
      {data && (
        <Card
          title={_('indicators.countries.count', { count: data.countryList.length })}
          headingLevel={2}
          actions={countries.length > 0 && <TableCsvButton tableId="countries-table" filename="countries.csv" header={{ scope: _('indicators.countries.csvScope'), k: null, sources: countriesSources(_) }} />}
        >
          <TextField
            label={_('indicators.countries.find')}
            type="search"
            fieldClassName="tf-country__filter"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            data-testid="countries-filter"
          />
          {countries.length === 0 ? (
            <EmptyState>{_('indicators.countries.noMatch')}</EmptyState>
          ) : (
            <div className="tf-table-wrap">
              <table className="tf-indicators__table" data-testid="countries-table" id="countries-table">
                <caption className="tf-visually-hidden">{_('indicators.countries.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{_('indicators.glotip.country')}</th>
                    <th scope="col" className="tf-num">{_('indicators.countries.agencies')}</th>
                    <th scope="col" className="tf-num">{_('indicators.countries.laws')}</th>
                    <th scope="col" className="tf-num">{_('indicators.countries.tierYears')}</th>
                    <th scope="col">UNODC GLOTIP</th>
                    <th scope="col">{_('indicators.countries.palermo')}</th>
                  </tr>
                </thead>
                <tbody>
                  {countries.map((c) => (
                    <tr key={c.code} data-testid="countries-row" data-code={c.code}>
                      <th scope="row">
                        <Link to={pathTo('country', { code: c.code })}>
                          {c.name} ({c.code})
                        </Link>
                      </th>
                      <td className="tf-num">{formatNumber(c.agencies)}</td>
                      <td className="tf-num">{formatNumber(c.nationalLaws)}</td>
                      <td className="tf-num">{formatNumber(c.tipTierYears)}</td>
                      <td>{c.hasGlotip ? _('indicators.map.onMapYes') : '—'}</td>
                      <td>{c.palermoRatificationYear ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
