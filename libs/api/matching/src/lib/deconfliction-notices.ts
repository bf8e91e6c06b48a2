/** English texts of the deconfliction notifications (the web client writes them from `type` and `textValues`). */

/** To the other side's liaison officers: `agency` (acronym) proposed contact; the body is the message it typed. */
export function contactProposedTitle(agency: string): string {
  return `${agency} proposes contact on a deconfliction case`;
}

/** To the holder's liaison officers: `agency` (acronym) asks for their lead in case `caseId`. */
export function leadRequestedTitle(agency: string): string {
  return `${agency} requests your lead in a deconfliction case`;
}

export function leadRequestedBody(caseId: string): string {
  return `Deconfliction case ${caseId}: review the request and the sharing decision, then approve or decline.`;
}

/** To the requesting side's liaison officers: the holder `agency` shared its lead, or did not; the body is its reason. */
export function leadRequestDecidedTitle(agency: string, shared: boolean): string {
  return shared ? `${agency} shared its lead with your agency` : `${agency} did not share its lead`;
}
