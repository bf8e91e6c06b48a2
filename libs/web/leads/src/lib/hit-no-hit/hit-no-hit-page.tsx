import { useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { SELECTOR_QUERY_BUDGET_QUERY, useViewer } from '@taskforce/web-data-access';
import { DeconflictionCases } from './deconfliction-cases';
import { QueryOneSelector } from './query-one-selector';
import { QuerySelectorList } from './query-selector-list';

/**
 * Hit/no-hit (/hit-no-hit): does another agency hold a selector? One selector typed by hand or a CSV list, with the
 * queries left today; liaison officers also see their agency's deconfliction cases. What a hit reveals is decided by
 * the server (docs/hit-no-hit.md): a hit that reveals nobody reads as a no-hit.
 */
export function HitNoHitPage() {
  const viewer = useViewer();
  const budget = useQuery(SELECTOR_QUERY_BUDGET_QUERY, { fetchPolicy: 'cache-and-network' });
  const refreshBudget = () => void budget.refetch().catch(() => undefined);
  const left = budget.data?.selectorQueryBudget;
  const isLiaison = viewer?.roles.includes(Role.LIAISON_OFFICER) ?? false;
  return (
    <div className="tf-page" data-testid="hit-no-hit-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Intelligence</p>
        <h1 className="tf-page__title">Hit/no-hit</h1>
        <p className="tf-muted">
          Ask whether another agency holds a phone number, e-mail, document, account, plate, address, handle or domain. You learn the holder only when its markings and
          choice reveal it; the holder’s liaison officers are told which agency asked.
        </p>
        {left && (
          <p data-testid="selector-budget">
            Queries left today: <strong>{left.personRemaining}</strong> of {left.personLimit} for you, {left.agencyRemaining} of {left.agencyLimit} for your agency.
          </p>
        )}
      </div>
      <QueryOneSelector onQueried={refreshBudget} />
      <QuerySelectorList onQueried={refreshBudget} />
      {isLiaison && <DeconflictionCases />}
    </div>
  );
}
