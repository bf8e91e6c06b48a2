import { useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { apiErrorCode, describeApiError, useViewer } from '@taskforce/web-data-access';
import { Alert, Button, Card, EmptyState, formatList, Link, LoadError, LoadingState, pathTo, TableCsvButton, useCatalogue, useLingui, formatNumber } from '@taskforce/web-ui';
import { useEffect, useState } from 'react';
import { ImpactChart, TierHistoryChart } from './country-charts';
import { COUNTRY_IMPACT_QUERY, COUNTRY_PROFILE_QUERY, type CountryImpact, type CountryProfile, type NationalLaw } from './country.documents';
import { formatCalendarDate, glotipText, impactChartModel, tierLabel } from './country-view';
import { DeleteNationalLawButton, NationalLawForm } from './national-law-form';
import type { Translate } from '../translate';

/** Scope of a country's public figures in a CSV export: "Romania (RO), public data". */
function publicCountryScope(name: string, code: string, _: Translate): string {
  return _('indicators.country.csvScope', { name, code });
}

/** Source lines under a chart or list. */
function Sources({ citations, testId }: { citations: string[]; testId: string }) {
  const { _ } = useLingui();
  if (citations.length === 0) return null;
  return (
    <p className="tf-small tf-muted" data-testid={testId}>
      {_('indicators.country.sources', { count: citations.length, citations: citations.join('; ') })}
    </p>
  );
}

/**
 * Country profile (/countries/:code): Palermo ratification, TIP tier history (chart and table), the impact view
 * (UNODC GLOTIP totals by year with each national law's entry into force marked), agencies present, national laws
 * (platform admins add, edit and delete them here), agreements in force and jurisdiction rules in effect.
 */
export function CountryProfilePage({ code }: { code: string }) {
  const { _ } = useLingui();
  const ready = useCatalogue('indicators');
  const profile = useQuery(COUNTRY_PROFILE_QUERY, { variables: { code }, fetchPolicy: 'cache-and-network' });
  const impact = useQuery(COUNTRY_IMPACT_QUERY, { variables: { code }, fetchPolicy: 'cache-and-network' });
  const p = profile.data?.countryProfile;
  useEffect(() => {
    if (p && ready) document.title = _('indicators.country.documentTitle', { name: p.name, countries: _('nav.countries'), app: _('app.name') });
  }, [p, ready, _]);

  if (!ready) return <LoadingState />;
  if (profile.error && apiErrorCode(profile.error) === 'NOT_FOUND') {
    return (
      <div className="tf-page" data-testid="country-profile-page">
        <h1 className="tf-page__title">{_('indicators.country.unknownTitle')}</h1>
        <EmptyState>
          {_('indicators.country.unknownText', { code })} <Link to={pathTo('countries')}>{_('indicators.country.seeList')}</Link>.
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="tf-page" data-testid="country-profile-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">
          <Link to={pathTo('countries')}>{_('nav.countries')}</Link> · {_('indicators.country.eyebrow')}
        </p>
        <h1 className="tf-page__title" data-testid="country-name">
          {p ? `${p.name} (${p.code})` : code.toUpperCase()}
        </h1>
      </div>
      {profile.error && <LoadError onRetry={() => profile.refetch()}>{describeApiError(profile.error, _('indicators.country.loadFailed'), _)}</LoadError>}
      {!p && profile.loading && <LoadingState label={_('indicators.country.loading')} />}
      {p && (
        <div className="tf-country__grid">
          <Overview profile={p} />
          <TierHistory profile={p} />
          <ImpactView impact={impact.data?.countryImpact} loading={impact.loading} error={impact.error} />
          <NationalLaws profile={p} />
          <Agreements profile={p} />
          <Rules profile={p} />
        </div>
      )}
    </div>
  );
}

function Overview({ profile: p }: { profile: CountryProfile }) {
  const { _ } = useLingui();
  const palermo =
    p.palermoRatificationYear !== null
      ? _('indicators.country.ratifiedIn', { year: p.palermoRatificationYear })
      : p.palermoDataPresent
        ? _('indicators.country.notRatified')
        : _('indicators.country.noRatificationData');
  return (
    <Card title={_('indicators.country.overview')} headingLevel={2}>
      <dl className="tf-country__facts">
        <dt>{_('indicators.country.palermo')}</dt>
        <dd data-testid="country-palermo">{palermo}</dd>
        <dt>{_('indicators.country.agencies')}</dt>
        <dd data-testid="country-agencies">
          {p.agencies.length === 0 ? _('indicators.recordCase.noOperation') : p.agencies.map((a) => (a.acronym ? `${a.name} (${a.acronym})` : a.name)).join('; ')}
        </dd>
        <dt>{_('indicators.country.jointOperations')}</dt>
        <dd data-testid="country-joint-operations">
          {formatNumber(p.jointOperations)} <span className="tf-small tf-muted">{_('indicators.country.jointOperationsNote')}</span>
        </dd>
      </dl>
      {p.palermoDataPresent && <Sources citations={p.citations.filter((c) => /Treaty Collection/.test(c))} testId="country-palermo-source" />}
    </Card>
  );
}

function TierHistory({ profile: p }: { profile: CountryProfile }) {
  const { _ } = useLingui();
  const tierCitations = p.citations.filter((c) => /Trafficking in Persons Report/.test(c));
  return (
    <Card title={_('indicators.country.tierHistory')} headingLevel={2} data-testid="country-tiers">
      {p.tipTiers.length === 0 ? (
        <EmptyState>{_('indicators.country.noTiers')}</EmptyState>
      ) : (
        <>
          <TierHistoryChart tiers={p.tipTiers} countryName={p.name} />
          <Sources citations={tierCitations} testId="country-tier-sources" />
          <details className="tf-country__details">
            <summary>{_('indicators.country.tierTable')}</summary>
            <table className="tf-indicators__table" data-testid="country-tier-table" id="country-tier-table">
              <caption className="tf-visually-hidden">{_('indicators.country.tierCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{_('indicators.dimension.year')}</th>
                  <th scope="col">{_('indicators.country.tier')}</th>
                  <th scope="col">{_('indicators.breakdown.source')}</th>
                </tr>
              </thead>
              <tbody>
                {p.tipTiers.map((t) => (
                  <tr key={t.year} data-testid="country-tier-row" data-year={t.year}>
                    <th scope="row">{t.year}</th>
                    <td>{tierLabel(t.tier, _)}</td>
                    <td className="tf-small">{t.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <TableCsvButton tableId="country-tier-table" filename={`tip-tiers-${p.code}.csv`} header={{ scope: publicCountryScope(p.name, p.code, _), k: null, sources: tierCitations }} />
        </>
      )}
    </Card>
  );
}

function ImpactView({ impact, loading, error }: { impact: CountryImpact | undefined; loading: boolean; error: unknown }) {
  const { _ } = useLingui();
  const model = impact ? impactChartModel(impact, _) : null;
  return (
    <Card title={_('indicators.impact.title')} headingLevel={2} className="tf-country__wide" data-testid="country-impact">
      {Boolean(error) && <Alert>{describeApiError(error, _('indicators.impact.loadFailed'), _)}</Alert>}
      {!impact && loading && <LoadingState label={_('indicators.impact.loading')} />}
      {impact && !model && <EmptyState>{_('indicators.impact.none')}</EmptyState>}
      {impact && model && (
        <>
          <p className="tf-small tf-muted">{_('indicators.impact.intro')}</p>
          <ImpactChart model={model} description={_('indicators.impact.chartDescription', { name: impact.name, count: model.markers.length })} />
          {model.markers.length > 0 && (
            <ul className="tf-small" data-testid="country-impact-markers">
              {impact.lawMarkers.map((law) => (
                <li key={law.id} data-testid="country-impact-marker">
                  {formatCalendarDate(law.enteredIntoForceOn)}: {law.title}
                </li>
              ))}
            </ul>
          )}
          <Sources citations={impact.citations} testId="country-impact-sources" />
          <details className="tf-country__details">
            <summary>{_('indicators.impact.table')}</summary>
            <table className="tf-indicators__table" data-testid="country-impact-table" id="country-impact-table">
              <caption className="tf-visually-hidden">{_('indicators.impact.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{_('indicators.dimension.year')}</th>
                  <th scope="col" className="tf-num">{_('indicators.impact.detectedVictims')}</th>
                  <th scope="col" className="tf-num">{_('indicators.impact.personsProsecuted')}</th>
                  <th scope="col" className="tf-num">{_('indicators.impact.personsConvicted')}</th>
                  <th scope="col">{_('indicators.country.tipTier')}</th>
                </tr>
              </thead>
              <tbody>
                {impact.years.map((y) => (
                  <tr key={y.year} data-testid="country-impact-row" data-year={y.year}>
                    <th scope="row">{y.year}</th>
                    <td className="tf-num">{glotipText(y.detectedVictims, _)}</td>
                    <td className="tf-num">{glotipText(y.personsProsecuted, _)}</td>
                    <td className="tf-num">{glotipText(y.personsConvicted, _)}</td>
                    <td>{tierLabel(y.tipTier, _)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <TableCsvButton tableId="country-impact-table" filename={`impact-${impact.code}.csv`} header={{ scope: publicCountryScope(impact.name, impact.code, _), k: null, sources: impact.citations }} />
        </>
      )}
    </Card>
  );
}

function NationalLaws({ profile: p }: { profile: CountryProfile }) {
  const { _ } = useLingui();
  const viewer = useViewer();
  const isAdmin = viewer?.roles.includes(Role.PLATFORM_ADMIN) ?? false;
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Card
      title={_('indicators.laws.title')}
      headingLevel={2}
      data-testid="country-laws"
      actions={
        isAdmin && !adding ? (
          <Button size="sm" onClick={() => setAdding(true)} data-testid="law-add">
            {_('indicators.laws.add')}
          </Button>
        ) : undefined
      }
    >
      {adding && <NationalLawForm country={p.code} onDone={() => setAdding(false)} />}
      {p.nationalLaws.length === 0 ? (
        <EmptyState>{_('indicators.laws.none')}</EmptyState>
      ) : (
        <ol className="tf-country__laws">
          {p.nationalLaws.map((law: NationalLaw) => (
            <li key={law.id} data-testid="country-law" data-law-id={law.id}>
              {editing === law.id ? (
                <NationalLawForm country={p.code} law={law} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <p className="tf-country__law-title">
                    <strong>{law.title}</strong> — {law.reference}
                  </p>
                  <p className="tf-small">
                    {_('indicators.laws.inForceFrom')} <span data-testid="country-law-in-force">{formatCalendarDate(law.enteredIntoForceOn)}</span>
                    {law.adoptedOn && _('indicators.laws.adopted', { date: formatCalendarDate(law.adoptedOn) })}
                    {law.sourceUrl && (
                      <>
                        {' · '}
                        <a href={law.sourceUrl} target="_blank" rel="noopener noreferrer">
                          {_('indicators.laws.officialText')}
                        </a>
                      </>
                    )}
                  </p>
                  {law.summary && <p className="tf-small">{law.summary}</p>}
                  {isAdmin && (
                    <span className="tf-country__law-actions">
                      <Button variant="ghost" size="sm" onClick={() => setEditing(law.id)} data-testid="law-edit">
                        {_('indicators.laws.edit')}
                      </Button>
                      <DeleteNationalLawButton country={p.code} law={law} />
                    </span>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function Agreements({ profile: p }: { profile: CountryProfile }) {
  const { _ } = useLingui();
  return (
    <Card title={_('indicators.agreements.title', { date: formatCalendarDate(p.asOf.slice(0, 10)) })} headingLevel={2} data-testid="country-agreements">
      {p.agreementsInForce.length === 0 ? (
        <EmptyState>{_('indicators.agreements.none')}</EmptyState>
      ) : (
        <ul className="tf-country__list">
          {p.agreementsInForce.map((a) => (
            <li key={a.id} data-testid="country-agreement" data-agreement-id={a.id}>
              <strong>{a.title}</strong> <span className="tf-small tf-muted">({a.id}{a.article ? `, ${a.article}` : ''})</span>
              <p className="tf-small">
                {a.inForceTo
                  ? _('indicators.agreements.inForceFromTo', { from: a.inForceFrom, to: a.inForceTo })
                  : _('indicators.agreements.inForceFrom', { from: a.inForceFrom })}{' '}
                ·{' '}
                {_('indicators.agreements.parties', {
                  parties: formatList(
                    a.parties.map((party) => (party.kind === 'COUNTRY' ? (party.country ?? '') : (party.agencyName ?? _('indicators.agreements.anAgency')))),
                    'unit',
                  ),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function Rules({ profile: p }: { profile: CountryProfile }) {
  const { _ } = useLingui();
  return (
    <Card title={_('indicators.rules.title')} headingLevel={2} data-testid="country-rules">
      {p.jurisdictionRules.length === 0 ? (
        <EmptyState>{_('indicators.rules.none')}</EmptyState>
      ) : (
        <ul className="tf-country__list">
          {p.jurisdictionRules.map((r) => (
            <li key={r.id} data-testid="country-rule" data-rule-id={r.id}>
              <strong>{_('indicators.rules.version', { id: r.id, version: r.version })}</strong>{' '}
              <span className="tf-small tf-muted">{r.flows.join(', ').toLowerCase()}</span>
              <p className="tf-small">{r.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
