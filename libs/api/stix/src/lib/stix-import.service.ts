import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, badInput, ErrorCode } from '@taskforce/api-core';
import { countryFromCode } from '@taskforce/data-import';
import { CreateLeadInput, LeadService } from '@taskforce/api-leads';
import { SelectorMatchingService, SelectorService } from '@taskforce/api-matching';
import { NormalisedSelector } from '@taskforce/domain/matching';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { readStixBundle, SkippedObject } from './stix-import';
import { StixImportResultModel } from './stix.model';

/** Longest bundle text taken (characters); the request body is limited to 100 KiB anyway. */
const MAX_BUNDLE = 100_000;

/** The bundle field a CreateLeadInput property came from, for error messages that name what the caller sent. */
function stixField(property: string): string {
  if (property === 'summary') return 'report.name';
  if (property === 'details') return 'report.description';
  if (property.startsWith('route')) return 'report.object_refs';
  if (property === 'handlingCondition') return 'report.object_marking_refs';
  return 'report';
}

/** Flattened class-validator problems, each named by its bundle field. */
function problemsOf(errors: ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field: stixField(path), message }));
    return [...own, ...problemsOf(e.children ?? [], path)];
  });
}

/**
 * STIX 2.1 import (docs/stix.md, "Import"): one bundle becomes one new lead of the caller's agency with its route,
 * markings, grading and the selectors its SCOs carry, all in one transaction; every object not imported is reported.
 */
@Injectable()
export class StixImportService {
  constructor(
    private readonly leads: LeadService,
    private readonly selectors: SelectorService,
    private readonly matching: SelectorMatchingService,
  ) {}

  /**
   * Creates the lead `bundle` (JSON text) describes, as the caller's agency's; audited as LEAD_CREATED (details
   * `source: 'STIX_2_1'`) and per selector as addLeadSelector is. Only roles that record leads (the resolver checks).
   * @throws BAD_USER_INPUT naming the field (`bundle`, `bundle.type`, `bundle.objects`, `report.name`,
   *   `report.description`, `report.object_refs`); QUERY_BUDGET_EXHAUSTED when recording its selectors would pass a
   *   daily budget — nothing is written then.
   */
  async importBundle(actor: AuthUser, bundle: string): Promise<StixImportResultModel> {
    if (bundle.length > MAX_BUNDLE) throw badInput([{ field: 'bundle', message: `bundle must be at most ${MAX_BUNDLE} characters` }]);
    const reading = readStixBundle(bundle, (code) => /^[A-Z]{2}$/.test(code) && 'country' in countryFromCode(code));
    if (!reading.ok) throw badInput(reading.problems);
    const input = plainToInstance(CreateLeadInput, reading.lead);
    const problems = problemsOf(await validate(input));
    if (problems.length) throw badInput(problems);
    const skipped: SkippedObject[] = [...reading.skipped];
    const normalised: NormalisedSelector[] = [];
    const seen = new Set<string>();
    for (const s of reading.selectors) {
      try {
        const selector = await this.matching.normalise(actor, { kind: s.kind, ...s.input });
        const key = `${selector.kind}\u0000${selector.value}`;
        if (seen.has(key)) {
          skipped.push({ id: s.stixId, type: s.type, reason: `the same ${s.kind} selector as an earlier object` });
          continue;
        }
        seen.add(key);
        normalised.push(selector);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== ErrorCode.BAD_USER_INPUT) throw err;
        const fields = ((err.extensions['fields'] as Array<{ field: string }> | undefined) ?? []).map((f) => f.field).join(', ');
        skipped.push({ id: s.stixId, type: s.type, reason: `not a valid ${s.kind} selector (${fields})` });
      }
    }
    const lead = await this.leads.create(actor, input, {
      auditDetails: { source: 'STIX_2_1', stixReportId: reading.reportId },
      within: async (m, leadId) => {
        for (const selector of normalised) await this.selectors.recordInTransaction(m, actor, leadId, selector);
      },
    });
    return { lead, skipped };
  }
}
