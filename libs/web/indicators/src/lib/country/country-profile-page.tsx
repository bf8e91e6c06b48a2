import { useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { apiErrorCode, describeApiError, useViewer } from '@taskforce/web-data-access';
import { Alert, Button, Card, EmptyState, Link, LoadError, LoadingState, pathTo, TableCsvButton } from '@taskforce/web-ui';
import { useEffect, useState } from 'react';
import { ImpactChart, TierHistoryChart } from './country-charts';
import { COUNTRY_IMPACT_QUERY, COUNTRY_PROFILE_QUERY, type CountryImpact, type CountryProfile, type NationalLaw } from './country.documents';
import { formatCalendarDate, glotipText, impactChartModel, tierLabel } from './country-view';
import { DeleteNationalLawButton, NationalLawForm } from './national-law-form';

/** Source lines under a chart or list. */
/** Scope of a country's public figures in a CSV export: "Romania (RO), public data". */
function publicCountryScope(name: string, code: string): string {
  return `${name} (${code}), public data`;
}

function Sources({ citations, testId }: { citations: string[]; testId: string }) {
  if (citations.length === 0) return null;
  return (
    <p className="tf-small tf-muted" data-testid={testId}>
      {citations.length === 1 ? 'Source' : 'Sources'}: {citations.join('; ')}.
    </p>
  );
}

/**
 * Country profile (/countries/:code): Palermo ratification, TIP tier history (chart and table), the impact view
 * (UNODC GLOTIP totals by year with each national law's entry into force marked), agencies present, national laws
 * (platform admins add, edit and delete them here), agreements in force and jurisdiction rules in effect.
 */
export function CountryProfilePage({ code }: { code: string }) {
  const profile = useQuery(COUNTRY_PROFILE_QUERY, { variables: { code }, fetchPolicy: 'cache-and-network' });
  const impact = useQuery(COUNTRY_IMPACT_QUERY, { variables: { code }, fetchPolicy: 'cache-and-network' });
  const p = profile.data?.countryProfile;
  useEffect(() => {
    if (p) document.title = `${p.name} · Countries · Task-force workspace`;
  }, [p]);

  if (profile.error && apiErrorCode(profile.error) === 'NOT_FOUND') {
    return (
      <div className="tf-page" data-testid="country-profile-page">
        <h1 className="tf-page__title">Unknown country</h1>
        <EmptyState>
          “{code}” is not a country code we know. <Link to={pathTo('countries')}>See the list of countries</Link>.
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="tf-page" data-testid="country-profile-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">
          <Link to={pathTo('countries')}>Countries</Link> · legal-framework profile
        </p>
        <h1 className="tf-page__title" data-testid="country-name">
          {p ? `${p.name} (${p.code})` : code.toUpperCase()}
        </h1>
      </div>
      {profile.error && <LoadError onRetry={() => profile.refetch()}>{describeApiError(profile.error, 'The country profile cannot be loaded right now.')}</LoadError>}
      {!p && profile.loading && <LoadingState label="Loading the country profile…" />}
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
  const palermo =
    p.palermoRatificationYear !== null
      ? `Ratified in ${p.palermoRatificationYear}`
      : p.palermoDataPresent
        ? 'Not ratified by the end of 2011 (the end of the data)'
        : 'No ratification data imported';
  return (
    <Card title="Overview" headingLevel={2}>
      <dl className="tf-country__facts">
        <dt>UN Trafficking in Persons Protocol (Palermo, 2000)</dt>
        <dd data-testid="country-palermo">{palermo}</dd>
        <dt>Task-force agencies in the country</dt>
        <dd data-testid="country-agencies">
          {p.agencies.length === 0 ? 'None' : p.agencies.map((a) => (a.acronym ? `${a.name} (${a.acronym})` : a.name)).join('; ')}
        </dd>
        <dt>Joint operations you can see</dt>
        <dd data-testid="country-joint-operations">
          {p.jointOperations} <span className="tf-small tf-muted">(an agency of the country takes part, or the operation acts in it)</span>
        </dd>
      </dl>
      {p.palermoDataPresent && <Sources citations={p.citations.filter((c) => /Treaty Collection/.test(c))} testId="country-palermo-source" />}
    </Card>
  );
}

function TierHistory({ profile: p }: { profile: CountryProfile }) {
  const tierCitations = p.citations.filter((c) => /Trafficking in Persons Report/.test(c));
  return (
    <Card title="US TIP Report tier history" headingLevel={2} data-testid="country-tiers">
      {p.tipTiers.length === 0 ? (
        <EmptyState>No TIP Report tiers imported for this country.</EmptyState>
      ) : (
        <>
          <TierHistoryChart tiers={p.tipTiers} countryName={p.name} />
          <Sources citations={tierCitations} testId="country-tier-sources" />
          <details className="tf-country__details">
            <summary>Table of the tiers</summary>
            <table className="tf-indicators__table" data-testid="country-tier-table" id="country-tier-table">
              <caption className="tf-visually-hidden">TIP Report tier by year</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {p.tipTiers.map((t) => (
                  <tr key={t.year} data-testid="country-tier-row" data-year={t.year}>
                    <th scope="row">{t.year}</th>
                    <td>{tierLabel(t.tier)}</td>
                    <td className="tf-small">{t.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <TableCsvButton tableId="country-tier-table" filename={`tip-tiers-${p.code}.csv`} header={{ scope: publicCountryScope(p.name, p.code), k: null, sources: tierCitations }} />
        </>
      )}
    </Card>
  );
}

function ImpactView({ impact, loading, error }: { impact: CountryImpact | undefined; loading: boolean; error: unknown }) {
  const model = impact ? impactChartModel(impact) : null;
  return (
    <Card title="Impact: figures over time and national laws" headingLevel={2} className="tf-country__wide" data-testid="country-impact">
      {Boolean(error) && <Alert>{describeApiError(error, 'The impact view cannot be loaded right now.')}</Alert>}
      {!impact && loading && <LoadingState label="Loading the figures…" />}
      {impact && !model && <EmptyState>No UNODC GLOTIP country totals imported for this country.</EmptyState>}
      {impact && model && (
        <>
          <p className="tf-small tf-muted">
            Published country totals (not sums of the breakdowns). A total published as "&lt;5" is a gap marked "&lt;5", never zero. Dashed lines: national
            laws entering into force.
          </p>
          <ImpactChart
            model={model}
            description={`Line chart of detected victims, persons prosecuted and persons convicted in ${impact.name} by year, with ${model.markers.length} national law(s) marked at their entry into force. The same figures are in the table.`}
          />
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
            <summary>Table of the figures</summary>
            <table className="tf-indicators__table" data-testid="country-impact-table" id="country-impact-table">
              <caption className="tf-visually-hidden">Figures by year</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col" className="tf-num">Detected victims</th>
                  <th scope="col" className="tf-num">Persons prosecuted</th>
                  <th scope="col" className="tf-num">Persons convicted</th>
                  <th scope="col">TIP tier</th>
                </tr>
              </thead>
              <tbody>
                {impact.years.map((y) => (
                  <tr key={y.year} data-testid="country-impact-row" data-year={y.year}>
                    <th scope="row">{y.year}</th>
                    <td className="tf-num">{glotipText(y.detectedVictims)}</td>
                    <td className="tf-num">{glotipText(y.personsProsecuted)}</td>
                    <td className="tf-num">{glotipText(y.personsConvicted)}</td>
                    <td>{tierLabel(y.tipTier)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <TableCsvButton tableId="country-impact-table" filename={`impact-${impact.code}.csv`} header={{ scope: publicCountryScope(impact.name, impact.code), k: null, sources: impact.citations }} />
        </>
      )}
    </Card>
  );
}

function NationalLaws({ profile: p }: { profile: CountryProfile }) {
  const viewer = useViewer();
  const isAdmin = viewer?.roles.includes(Role.PLATFORM_ADMIN) ?? false;
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Card
      title="National anti-trafficking laws"
      headingLevel={2}
      data-testid="country-laws"
      actions={
        isAdmin && !adding ? (
          <Button size="sm" onClick={() => setAdding(true)} data-testid="law-add">
            Add a law
          </Button>
        ) : undefined
      }
    >
      {adding && <NationalLawForm country={p.code} onDone={() => setAdding(false)} />}
      {p.nationalLaws.length === 0 ? (
        <EmptyState>No national law recorded yet.</EmptyState>
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
                    In force from <span data-testid="country-law-in-force">{formatCalendarDate(law.enteredIntoForceOn)}</span>
                    {law.adoptedOn && `, adopted ${formatCalendarDate(law.adoptedOn)}`}
                    {law.sourceUrl && (
                      <>
                        {' · '}
                        <a href={law.sourceUrl} target="_blank" rel="noopener noreferrer">
                          official text
                        </a>
                      </>
                    )}
                  </p>
                  {law.summary && <p className="tf-small">{law.summary}</p>}
                  {isAdmin && (
                    <span className="tf-country__law-actions">
                      <Button variant="ghost" size="sm" onClick={() => setEditing(law.id)} data-testid="law-edit">
                        Edit
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
  return (
    <Card title={`Agreements in force on ${formatCalendarDate(p.asOf.slice(0, 10))}`} headingLevel={2} data-testid="country-agreements">
      {p.agreementsInForce.length === 0 ? (
        <EmptyState>No agreement in force names this country or one of its agencies.</EmptyState>
      ) : (
        <ul className="tf-country__list">
          {p.agreementsInForce.map((a) => (
            <li key={a.id} data-testid="country-agreement" data-agreement-id={a.id}>
              <strong>{a.title}</strong> <span className="tf-small tf-muted">({a.id}{a.article ? `, ${a.article}` : ''})</span>
              <p className="tf-small">
                In force from {a.inForceFrom}
                {a.inForceTo ? ` to ${a.inForceTo}` : ''} · parties:{' '}
                {a.parties.map((party) => (party.kind === 'COUNTRY' ? party.country : (party.agencyName ?? 'an agency'))).join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function Rules({ profile: p }: { profile: CountryProfile }) {
  return (
    <Card title="Jurisdiction rules in effect" headingLevel={2} data-testid="country-rules">
      {p.jurisdictionRules.length === 0 ? (
        <EmptyState>No jurisdiction rule is scoped to this country.</EmptyState>
      ) : (
        <ul className="tf-country__list">
          {p.jurisdictionRules.map((r) => (
            <li key={r.id} data-testid="country-rule" data-rule-id={r.id}>
              <strong>
                {r.id} (version {r.version})
              </strong>{' '}
              <span className="tf-small tf-muted">{r.flows.join(', ').toLowerCase()}</span>
              <p className="tf-small">{r.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
