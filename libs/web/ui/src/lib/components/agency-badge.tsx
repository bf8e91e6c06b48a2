import { countryName } from '../format/lead-labels';
import { useLingui } from '../i18n/messages';
import { Badge } from './badge';

/** The facts about an agency that its badge shows. */
export interface AgencyBadgeData {
  name: string;
  acronym: string;
  country: string | null;
}

/** An agency as a chip: its acronym and country code, with the full name and country (in the person's language) as a tooltip. */
export function AgencyBadge({ agency, highlight = false }: { agency: AgencyBadgeData; highlight?: boolean }) {
  const { _ } = useLingui();
  const where = agency.country ? countryName(agency.country) : _('agency.international');
  return (
    <Badge tone={highlight ? 'accent' : 'neutral'} title={`${agency.name} (${where})`} className="tf-agency-badge">
      {agency.acronym}
      <span className="tf-agency-badge__country">{agency.country ?? 'INT'}</span>
      <span className="tf-visually-hidden">
        {' '}
        — {agency.name}, {where}
      </span>
    </Badge>
  );
}
