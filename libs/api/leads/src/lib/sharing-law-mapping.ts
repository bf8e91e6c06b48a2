import { Agreement, JurisdictionRule } from '@taskforce/domain';
import { AgreementEntity, JurisdictionRuleEntity } from './jurisdiction.entity';

/** The stored agreement in the engine's shape. */
export function agreementOf(e: AgreementEntity): Agreement {
  return { id: e.id, kind: e.kind, title: e.title, article: e.article, parties: e.parties, dataCategories: e.dataCategories, purposes: e.purposes, inForceFrom: e.inForceFrom, inForceTo: e.inForceTo, suspended: e.suspended };
}

/** The stored rule version in the engine's shape. */
export function ruleOf(e: JurisdictionRuleEntity): JurisdictionRule {
  return { id: e.id, version: e.version, effectiveFrom: e.effectiveFrom, effectiveTo: e.effectiveTo, scope: e.scope, flows: e.flows, ...(e.when ? { when: e.when } : {}), condition: e.condition, text: e.text };
}
