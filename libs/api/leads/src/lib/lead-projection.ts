import { admiraltyGrade, DataCategory, listCategories, Reason, REASON_CODE_EFFECT, SharingOutcome } from '@taskforce/domain';
import { LeadEntity, LeadPersonEntity, LeadPersonRole, LeadShareEntity } from './lead.entity';
import { LeadModel, LeadPersonModel, LeadRedactionModel, LeadShareModel } from './lead.model';

/** Which person role each redactable category removes. */
const PERSON_CATEGORY: Record<LeadPersonRole, DataCategory> = {
  [LeadPersonRole.SUSPECT]: DataCategory.SUSPECT_PERSONAL_DATA,
  [LeadPersonRole.POTENTIAL_VICTIM]: DataCategory.VICTIM_PERSONAL_DATA,
};

/** "rule NL-2", "agreement UN-TIP-PROTOCOL", … for the redaction notice. */
function citation(reason: Reason): string {
  if (reason.source === 'RULE') return `rule ${reason.ref}`;
  if (reason.source === 'AGREEMENT') return `agreement ${reason.ref}`;
  return reason.ref;
}

/** The redaction a share imposes, or null when it removes nothing. */
export function redactionOf(share: Pick<LeadShareEntity, 'redactedCategories' | 'reasons'>): LeadRedactionModel | null {
  if (!share.redactedCategories.length) return null;
  const reasons = share.reasons.filter((r) => REASON_CODE_EFFECT[r.code] === SharingOutcome.ALLOW_REDACTED);
  const cited = [...new Set(reasons.map(citation))];
  return {
    categories: [...share.redactedCategories],
    notice: `removed: ${listCategories(share.redactedCategories)}${cited.length ? ` — ${cited.join(', ')}` : ''}`,
    reasons,
  };
}

/**
 * The lead as one reader may hold it. The originator gets everything (never victims' identities, which need
 * revealPotentialVictim). A recipient gets the projection its ACTIVE share allows: persons of a removed category
 * are left out, the free-text details (which may mention anything) are replaced by the redaction notice, removed
 * categories are not listed, and TLP:RED named recipients are not shown.
 */
export function projectLead(lead: LeadEntity, persons: LeadPersonEntity[], share: LeadShareEntity | null): LeadModel {
  const redaction = share ? redactionOf(share) : null;
  const removed = new Set(redaction?.categories ?? []);
  const visiblePersons: LeadPersonModel[] = persons
    .filter((p) => !removed.has(PERSON_CATEGORY[p.role]))
    .sort((a, b) => a.position - b.position)
    .map((p) => ({ id: p.id, role: p.role, name: p.name, pseudonym: p.pseudonym, description: p.description, hasIdentity: !!p.identityCiphertext }));
  return {
    id: lead.id,
    summary: lead.summary,
    details: redaction ? redaction.notice : lead.details,
    operationId: lead.operationId,
    originatingAgencyId: lead.originatingAgencyId,
    formOfExploitation: lead.formOfExploitation,
    route: lead.route.map((s) => ({ country: s.country, role: s.role })),
    dataCategories: lead.dataCategories.filter((c) => !removed.has(c)),
    tlp: lead.tlp,
    sourceReliability: lead.sourceReliability,
    informationCredibility: lead.informationCredibility,
    grade: admiraltyGrade(lead.sourceReliability, lead.informationCredibility),
    handlingCodes: [...lead.handlingCodes],
    handlingCondition: lead.handlingCondition,
    status: lead.status,
    version: lead.version,
    persons: visiblePersons,
    viewerIsOriginator: !share,
    redaction,
    viewerShareId: share?.id ?? null,
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt,
  };
}

/** A stored share as the API returns it. */
export function shareToModel(s: LeadShareEntity): LeadShareModel {
  return {
    id: s.id,
    leadId: s.leadId,
    recipientAgencyId: s.recipientAgencyId,
    sharedById: s.sharedById,
    senderAgencyId: s.senderAgencyId,
    purpose: s.purpose,
    outcome: s.outcome,
    status: s.status,
    redactedCategories: s.redactedCategories,
    legalBasis: s.legalBasis,
    reasons: s.reasons,
    conditions: s.conditions,
    summary: s.summary,
    decidedAt: s.decidedAt,
    approvalReason: s.approvalReason,
    approvalAt: s.approvalAt,
    revokedAt: s.revokedAt,
    lapsedAt: s.lapsedAt ?? null,
    lapseReason: s.lapseReason ?? null,
    createdAt: s.createdAt,
  };
}

/**
 * Leads: recording and editing, need-to-know reads (through LeadPolicy) with list reads and refusals
 * audited, search over each caller's projection, task links, first and onward sharing with the decision of the
 * engine in libs/domain (`decideSharing`, never re-implemented here), approvals, revocation (cascading to onward
 * shares) and the stated-reason read of a potential victim's identity. Changes and their notifications are written
 * in one transaction; notifications and `lead.changed` are pushed after commit.
 */
