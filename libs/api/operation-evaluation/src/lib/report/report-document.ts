import type { OperationTargetModel } from '@taskforce/api-indicators';
import { EVALUATION_RESULT_FIELDS, EVALUATION_RESULT_LABELS, ObjectivesMet, OnTimeRate, Pillar, TaskStatus } from '@taskforce/domain';
import { OperationEvaluationModel, OperationResultsModel } from '../evaluation.model';

/** Everything the operation report shows, already cut to what the viewer may see. */
export interface OperationReportData {
  operation: {
    id: string;
    name: string;
    status: string;
    purpose: string | null;
    description: string | null;
    countries: string[];
    formsOfExploitation: string[];
    startsOn: string | null;
    endsOn: string | null;
    legalBasisCitation: string | null;
    legalBasisAgreement: string | null;
  };
  parties: Array<{ acronym: string; name: string; country: string | null; role: string; isLead: boolean; joinedAt: Date }>;
  history: Array<{ at: Date; action: string; actor: string | null; detail: string | null; reason: string | null }>;
  /** Count of tasks per pillar and status. */
  tasks: Record<Pillar, Record<TaskStatus, number>>;
  onTime: OnTimeRate;
  /** The operation's targets with achieved figures as the viewer may see them, and the k applied. */
  targets: OperationTargetModel[];
  targetsK: number;
  evaluation: OperationEvaluationModel;
  results: OperationResultsModel;
  viewer: { displayName: string; agencyAcronym: string };
  generatedAt: Date;
}

const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const REPLACEMENTS: Readonly<Record<string, string>> = { '→': '->', '⇄': '<->', '≥': '>=', '≤': '<=', '−': '-', '✓': 'yes', '×': 'x' };

/**
 * Text the PDF's standard 14 fonts (Helvetica, WinAnsi encoding) can draw: characters outside Windows-1252 are
 * replaced (→ "->"), stripped of their accents (ș → s), or become "?".
 */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.includes(ch)) out += ch;
    else if (REPLACEMENTS[ch]) out += REPLACEMENTS[ch];
    else {
      const bare = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += bare && [...bare].every((c) => (c.codePointAt(0) as number) < 0x100) ? bare : '?';
    }
  }
  return out;
}

const utc = (d: Date) => d.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');
const words = (s: string) => s.replace(/_/g, ' ').toLowerCase();
const OBJECTIVES: Readonly<Record<ObjectivesMet, string>> = { MET: 'Met', PARTLY_MET: 'Partly met', NOT_MET: 'Not met' };
const PILLARS: Pillar[] = [Pillar.PREVENTION, Pillar.PROTECTION, Pillar.PROSECUTION, Pillar.PARTNERSHIP];
const STATUSES: TaskStatus[] = [TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.DONE, TaskStatus.CANCELLED];

type Node = Record<string, unknown> | string;

const table = (header: string[], rows: string[][], widths?: Array<string | number>): Node => ({
  table: { headerRows: 1, widths: widths ?? header.map(() => '*'), body: [header.map((h) => ({ text: winAnsi(h), bold: true })), ...rows.map((r) => r.map((c) => winAnsi(c)))] },
  layout: 'lightHorizontalLines',
  margin: [0, 4, 0, 10],
});
const h2 = (text: string): Node => ({ text: winAnsi(text), style: 'h2' });
const para = (text: string, extra: Record<string, unknown> = {}): Node => ({ text: winAnsi(text), margin: [0, 0, 0, 4], ...extra });

/**
 * The pdfmake document definition of the operation report: the operation, legal basis, parties with role, period;
 * the lifecycle timeline; tasks by pillar and status with the on-time rate; the closing evaluation; figures exactly
 * as the viewer may see them ("suppressed (< k)" stays), with sources and the UTC instant it was made. Standard
 * Helvetica only (no embedded font files), text uncompressed so it can be searched and indexed.
 */
export function operationReportDocument(d: OperationReportData): Record<string, unknown> {
  const o = d.operation;
  const period = `${o.startsOn ?? 'open'} to ${o.endsOn ?? 'open-ended'}`;
  const legal = [o.legalBasisAgreement, o.legalBasisCitation].filter(Boolean).join(' — ') || 'not cited';
  const taskRows = PILLARS.map((p) => {
    const counts = STATUSES.map((s) => d.tasks[p][s]);
    return [words(p), ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))];
  });
  const rate = d.onTime.rate === null ? 'no task done with a due date yet' : `${Math.round(d.onTime.rate * 1000) / 10}% (${d.onTime.onTime} of ${d.onTime.denominator} done by their due date)`;
  const e = d.evaluation;
  const sections: Node[] = e.sections.flatMap((s) => {
    const head = `${s.agency.acronym} — ${s.agency.name} (${s.role ? words(s.role) : 'former participant'})`;
    if (!s.written) return [{ text: winAnsi(head), style: 'h3' }, para('No section written.', { italics: true })];
    const answer = (label: string, text: string | null) => (text ? [para(`${label}: ${text}`)] : []);
    return [
      { text: winAnsi(head), style: 'h3' },
      para(`Objectives: ${s.objectivesMet ? OBJECTIVES[s.objectivesMet] : 'not stated'}${s.objectivesNote ? ` — ${s.objectivesNote}` : ''}`),
      table(
        ['Result', 'Reported'],
        EVALUATION_RESULT_FIELDS.map((f) => [EVALUATION_RESULT_LABELS[f], s[f]?.label ?? 'not reported']),
        ['*', 120],
      ),
      ...answer('Legal obstacles', s.legalObstacles),
      ...answer('Practical obstacles', s.practicalObstacles),
      ...answer('Language obstacles', s.languageObstacles),
      ...answer('Information exchange obstacles', s.informationExchangeObstacles),
      ...answer('Added value', s.addedValue),
      ...answer('Lessons learned', s.lessonsLearned),
      para(`Version ${s.version}, last written ${s.updatedAt ? utc(s.updatedAt) : '-'}${s.updatedBy ? ` by ${s.updatedBy.displayName}` : ''}`, { fontSize: 8, color: '#555555' }),
    ];
  });
  return {
    info: { title: winAnsi(`Operation report — ${o.name}`), author: 'Task-force workspace', creationDate: d.generatedAt },
    compress: false,
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 12.5, bold: true, margin: [0, 12, 0, 4] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 2] },
    },
    footer: (page: number, pages: number) => ({ text: winAnsi(`${o.name} — made ${utc(d.generatedAt)} for ${d.viewer.displayName} (${d.viewer.agencyAcronym}) — page ${page} of ${pages}`), fontSize: 7, margin: [40, 20, 40, 0], color: '#555555' }),
    content: [
      { text: winAnsi(`Operation report: ${o.name}`), style: 'h1' },
      para(`Made ${utc(d.generatedAt)} for ${d.viewer.displayName} (${d.viewer.agencyAcronym}). Figures are shown exactly as this viewer may see them: other agencies' figures from 1 to k - 1 read "suppressed (< k)".`, { fontSize: 8.5, color: '#444444' }),
      h2('The joint operation'),
      table(
        ['', ''],
        [
          ['Status', o.status],
          ['Purpose', o.purpose ?? '-'],
          ['Description', o.description ?? '-'],
          ['Legal basis', legal],
          ['Period', period],
          ['Countries', o.countries.join(', ') || '-'],
          ['Forms of exploitation', o.formsOfExploitation.map(words).join(', ') || '-'],
        ],
        [110, '*'],
      ),
      h2('Parties'),
      table(
        ['Agency', 'Country', 'Role', 'Joined (UTC)'],
        d.parties.map((p) => [`${p.acronym} — ${p.name}${p.isLead ? ' (lead agency)' : ''}`, p.country ?? 'international', words(p.role), utc(p.joinedAt)]),
        ['*', 55, 65, 112],
      ),
      h2('Timeline'),
      table(
        ['When (UTC)', 'What', 'Who', 'Why'],
        d.history.map((h) => [utc(h.at), h.detail ?? words(h.action), h.actor ?? 'the system', h.reason ?? '']),
        [112, '*', 85, 110],
      ),
      h2('Tasks by pillar (4P) and status'),
      table(['Pillar', ...STATUSES.map(words), 'total'], taskRows, [80, '*', '*', '*', '*', '*', '*']),
      para(`Tasks done on time: ${rate}. Open, blocked and cancelled tasks and tasks without a due date are left out (${d.onTime.excluded}).`),
      h2('Closing evaluation'),
      para(
        e.finalisedAt ? `Finalised ${utc(e.finalisedAt)}${e.finalisedBy ? ` by ${e.finalisedBy.displayName}` : ''}.` : `Not finalised yet${e.missingAgencies.length ? `; sections still missing: ${e.missingAgencies.map((a) => a.acronym).join(', ')}` : ''}.`,
      ),
      ...sections,
      h2('Results (all sections)'),
      table(['Result', 'Total as you may see it'], e.totals.map((t) => [t.label, t.total.label]), ['*', 140]),
      h2('Figures and sources'),
      para(`Targets: case records entered by the agencies within each period (UTC dates), k = ${d.targetsK}:`),
      d.targets.length
        ? table(
            ['Indicator', 'Period', 'Target', 'Achieved', 'Progress'],
            d.targets.map((x) => [words(x.indicator), `${x.periodStart} to ${x.periodEnd}`, String(x.target), x.achieved.label, x.progress === null ? '-' : `${Math.round(x.progress * 100)}%`]),
            [110, '*', 45, 90, 50],
          )
        : para('No targets set.', { italics: true }),
      para(`Results of finalised closing evaluations in this operation (${d.results.evaluations} evaluation${d.results.evaluations === 1 ? '' : 's'}, k = ${d.results.k}):`),
      table(['Result', 'Figure'], d.results.results.map((r) => [r.label, r.total.label]), ['*', 140]),
      para(`Sources: ${d.results.citation}; case records entered by task-force agencies (targets); tasks and history as recorded in the task-force workspace. Made ${utc(d.generatedAt)}.`, { fontSize: 8.5 }),
    ],
  };
}
