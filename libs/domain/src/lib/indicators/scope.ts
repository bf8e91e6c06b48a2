/**
 * The case records a viewer may count: those of one joint operation, once the API has checked the viewer may see it;
 * or else those outside operations and those of the operations the viewer's agency takes part in.
 */
export type CaseRecordScope = { operationId: string } | { visibleOperationIds: readonly string[] };

/** True when a case record (`operationId` null for records outside operations) falls in the viewer's scope. */
export function isCaseRecordInScope(record: { operationId?: string | null }, scope: CaseRecordScope): boolean {
  const operationId = record.operationId ?? null;
  if ('operationId' in scope) return operationId === scope.operationId;
  return operationId === null || scope.visibleOperationIds.includes(operationId);
}
