import { useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { SELECTOR_QUERY_BUDGET_QUERY, useViewer } from '@taskforce/web-data-access';
import { LoadingState, Trans, useCatalogue, useLingui } from '@taskforce/web-ui';
import { DeconflictionCases } from './deconfliction-cases';
import { QueryOneSelector } from './query-one-selector';
import { QuerySelectorList } from './query-selector-list';

/**
 * Hit/no-hit (/hit-no-hit): does another agency hold a selector? One selector typed by hand or a CSV list, with the
 * queries left today; liaison officers also see their agency's deconfliction cases. What a hit reveals is decided by
 * the server (docs/hit-no-hit.md): a hit that reveals nobody reads as a no-hit. Its texts come from the `leads`
 * catalogue, loaded first.
 */
export function HitNoHitPage() {
  if (!useCatalogue('leads')) return <LoadingState />;
  return <HitNoHitScreen />;
}

function HitNoHitScreen() {
  const { _ } = useLingui();
  const viewer = useViewer();
  const budget = useQuery(SELECTOR_QUERY_BUDGET_QUERY, { fetchPolicy: 'cache-and-network' });
  const refreshBudget = () => void budget.refetch().catch(() => undefined);
  const left = budget.data?.selectorQueryBudget;
  const isLiaison = viewer?.roles.includes(Role.LIAISON_OFFICER) ?? false;
  return (
    <div className="tf-page" data-testid="hit-no-hit-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('leads.eyebrow')}</p>
        <h1 className="tf-page__title">{_('nav.hitNoHit')}</h1>
        <p className="tf-muted">{_('hitNoHit.intro')}</p>
        {left && (
          <p data-testid="selector-budget">
            <Trans
              id="hitNoHit.budget"
              values={{ personRemaining: left.personRemaining, personLimit: left.personLimit, agencyRemaining: left.agencyRemaining, agencyLimit: left.agencyLimit }}
              components={{ 0: <strong /> }}
            />
          </p>
        )}
      </div>
      <QueryOneSelector onQueried={refreshBudget} />
      <QuerySelectorList onQueried={refreshBudget} />
      {isLiaison && <DeconflictionCases />}
    </div>
  );
}
