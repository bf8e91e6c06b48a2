import type { AgencySummary } from '@taskforce/web-data-access';
import { useLingui } from '@taskforce/web-ui';

/** A match as a sentence: "Hit: held by RO-DIOC, ES-BIP" or "No hit" (a hit that reveals nobody reads the same). */
export function SelectorMatchText({ hit, holders }: { hit: boolean; holders: ReadonlyArray<Pick<AgencySummary, 'acronym' | 'name'>> }) {
  const { _ } = useLingui();
  if (!hit) return <span data-testid="match-no-hit">{_('hitNoHit.noHit')}</span>;
  return (
    <span data-testid="match-hit">
      {_('hitNoHit.hitHeldBy')}{' '}
      {holders.map((agency, i) => (
        <span key={agency.acronym}>
          {i > 0 && ', '}
          <abbr title={agency.name} data-testid="match-holder">
            {agency.acronym}
          </abbr>
        </span>
      ))}
    </span>
  );
}
