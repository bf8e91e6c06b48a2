import type { PresenceViewer } from '@taskforce/web-data-access';
import { useCatalogue, useLingui } from '@taskforce/web-ui';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/** "Viewing now: Anna de Vries (NL-POL), Ioana Popescu (RO-DIOC)", as initial chips, from `presence` events. */
export function PresenceList({ viewers, viewerId }: { viewers: readonly PresenceViewer[]; viewerId: string | undefined }) {
  const { _ } = useLingui();
  // Shown on the operation's overview: its texts are the board's, loaded here when the board is not shown yet.
  const ready = useCatalogue('board');
  if (viewers.length === 0 || !ready) return null;
  return (
    <div className="tf-presence" data-testid="presence">
      <span className="tf-presence__label">{_('board.presence.label')}</span>
      <ul className="tf-presence__list">
        {viewers.map((viewer, index) => (
          <li key={viewer.userId} className="tf-presence__person" data-testid="presence-viewer" data-user-id={viewer.userId}>
            <span className="tf-presence__avatar" aria-hidden="true">
              {initials(viewer.displayName)}
            </span>
            <span>
              {_('board.presence.person', { name: viewer.displayName, agency: viewer.agencyAcronym })}
              {viewer.userId === viewerId && <span className="tf-muted"> {_('board.presence.you')}</span>}
              {index < viewers.length - 1 && <span className="tf-visually-hidden">,</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
