import { Agreement, JurisdictionRule } from '@taskforce/domain';
import { EntityManager } from 'typeorm';
import { AgreementEntity, JurisdictionRuleEntity } from './jurisdiction.entity';

/** The stored law as the sharing engine (`decideSharing`) takes it. */
export interface SharingLaw {
  agreements: Agreement[];
  rules: JurisdictionRule[];
}

/** The stored agreement in the engine's shape. */
export function agreementOf(e: AgreementEntity): Agreement {
  return { id: e.id, kind: e.kind, title: e.title, article: e.article, parties: e.parties, dataCategories: e.dataCategories, purposes: e.purposes, inForceFrom: e.inForceFrom, inForceTo: e.inForceTo, suspended: e.suspended };
}

/** The stored rule version in the engine's shape. */
export function ruleOf(e: JurisdictionRuleEntity): JurisdictionRule {
  return { id: e.id, version: e.version, effectiveFrom: e.effectiveFrom, effectiveTo: e.effectiveTo, scope: e.scope, flows: e.flows, ...(e.when ? { when: e.when } : {}), condition: e.condition, text: e.text };
}

/**
 * Every agreement and every version of every rule (in force or not: the engine picks what is in force at the instant
 * it decides at), in the engine's shape, read through `m` so that it sees the caller's transaction.
 */
export async function loadSharingLaw(m: EntityManager): Promise<SharingLaw> {
  const agreements = (await m.getRepository(AgreementEntity).find()).map(agreementOf);
  const rules = (await m.getRepository(JurisdictionRuleEntity).find()).map(ruleOf);
  return { agreements, rules };
}
