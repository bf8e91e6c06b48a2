import { useQuery } from '@apollo/client/react';
import { describeApiError } from '@taskforce/web-data-access';
import { Card, EmptyState, Link, LoadError, LoadingState, pathTo, TableCsvButton, TextField } from '@taskforce/web-ui';
import { useState } from 'react';
import { COUNTRY_LIST_QUERY } from './country.documents';

const COUNTRIES_SCOPE = 'Countries with imported public data, a national law or a task-force agency';
/** What the list is made of (libs/api/indicators, country profiles). */
const COUNTRIES_SOURCES = [
  'UN Treaty Collection XVIII-12-a, per Kelley & Simmons (AJPS 2014) replication data',
  'US Department of State, Trafficking in Persons Report',
  'UNODC, Global Report on Trafficking in Persons',
  'National laws and agencies recorded in this workspace',
];

/** Country list (/countries): every country with imported data, a national law or a task-force agency. */
export function CountriesPage() {
  const { data, loading, error, refetch } = useQuery(COUNTRY_LIST_QUERY, { fetchPolicy: 'cache-and-network' });
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const countries = (data?.countryList ?? []).filter((c) => !needle || c.name.toLowerCase().includes(needle) || c.code.toLowerCase() === needle);
  return (
    <div className="tf-page" data-testid="countries-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Monitoring and evaluation</p>
        <h1 className="tf-page__title">Country legal frameworks</h1>
        <p className="tf-muted">
          Palermo Protocol ratification, US TIP Report tiers, UNODC figures, national laws, agreements and jurisdiction rules, per country.
        </p>
      </div>
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, 'The countries cannot be loaded right now.')}</LoadError>}
      {!data && loading && <LoadingState label="Loading the countries…" />}
      {data && (
        <Card
          title={`${data.countryList.length} countries`}
          headingLevel={2}
          actions={countries.length > 0 && <TableCsvButton tableId="countries-table" filename="countries.csv" header={{ scope: COUNTRIES_SCOPE, k: null, sources: COUNTRIES_SOURCES }} />}
        >
          <TextField
            label="Find a country"
            type="search"
            fieldClassName="tf-country__filter"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            data-testid="countries-filter"
          />
          {countries.length === 0 ? (
            <EmptyState>No country matches.</EmptyState>
          ) : (
            <div className="tf-table-wrap">
              <table className="tf-indicators__table" data-testid="countries-table" id="countries-table">
                <caption className="tf-visually-hidden">Countries with data</caption>
                <thead>
                  <tr>
                    <th scope="col">Country</th>
                    <th scope="col" className="tf-num">Agencies</th>
                    <th scope="col" className="tf-num">National laws</th>
                    <th scope="col" className="tf-num">TIP tier years</th>
                    <th scope="col">UNODC GLOTIP</th>
                    <th scope="col">Palermo ratification</th>
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
                      <td className="tf-num">{c.agencies}</td>
                      <td className="tf-num">{c.nationalLaws}</td>
                      <td className="tf-num">{c.tipTierYears}</td>
                      <td>{c.hasGlotip ? 'yes' : '—'}</td>
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
