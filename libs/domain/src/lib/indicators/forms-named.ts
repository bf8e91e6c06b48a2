/**
 * "Records naming each form of exploitation": a multi-response table beside the single-form breakdown, protected so
 * that it cannot be differenced against it (design and attack in docs/disclosure-control.md, "Forms named").
 */
import { protectForViewer } from './indicators';
import { suppressedLabel } from './suppression';
import { auditIntervals, FigureSystem, Interval, isSensitive, pinnedFigures, SumRelation } from './suppression-engine';
import { MULTIPLE, ProtectedTable, ShownFigure, UNKNOWN } from './types';

/** Records that name exactly one combination of forms of exploitation (counted in SQL, say), with the viewer's part. */
export interface FormCombinationCell {
  /** The forms the records name (repeats and order do not matter); empty = no form known. */
  forms: readonly string[];
  count: number;
  /** How many of the records the viewer's agency recorded (0 … count); default 0. */
  own?: number;
  /** The part of the scope the records come from (a joint operation's id, '' outside operations), as for `protectForViewer`. */
  part?: string;
}

export interface FormsNamedRequest {
  /** Small-cell threshold; default 11. */
  k?: number;
  /** Display order of the forms (e.g. the `FormOfExploitation` enum); forms not listed follow, sorted. */
  order?: readonly string[];
}

/** The records naming each form, protected for the viewer, with the single-form table they overlap. */
export interface FormsNamedTable {
  /** Every form some record names, in display order. */
  forms: string[];
  /** `named[i]`: records naming `forms[i]`, alone or with other forms. Overlapping: they do not add up to the total. */
  named: ShownFigure[];
  /**
   * The single-form breakdown of the same records (one cell per form named alone, `MULTIPLE` for several, `UNKNOWN`),
   * exactly as `protectForViewer` protects the one-way table by `formOfExploitation` for this viewer.
   */
  single: ProtectedTable;
  /** Every record once (the single-form table's total). */
  total: ShownFigure;
  k: number;
  /** True when the viewer's agency recorded every record (then everything is exact). */
  viewerIsOwner: boolean;
}

const canonical = (forms: readonly string[]) => [...new Set(forms)].sort();
const singleKey = (forms: readonly string[]) => (forms.length === 0 ? UNKNOWN : forms.length === 1 ? forms[0] : MULTIPLE);

/**
 * Protects "records naming each form" for one viewer. Each figure F(f) = S(f) + M(f), where S(f) is the single-form
 * cell of f and M(f) the records of `MULTIPLE` naming f; M(f) is the sum of the exact combinations of forms that
 * contain f, and `MULTIPLE` the sum of every combination of two or more forms. The attacker (docs/disclosure-control.md)
 * holds the single-form table and subtracts. So the figures are protected in one system with the single-form table's
 * figures fixed as published, the combinations and every M(f) never published, and:
 * 1. primary: F(f) is suppressed when its others' part is 1 … k − 1;
 * 2. no pin: no figure whose others' part is 1 … k − 1 — single-form cell, M(f), combination or F(f) — may be pinned
 *    to one value by what is shown (`pinnedFigures`: shuttle bounds, then linear programs);
 * 3. nothing learnt about the single-form table: every figure it suppresses must keep exactly the range of others'
 *    parts it has with no form-named figure shown (`auditIntervals`), so the form-named table adds nothing to it.
 * While 2 or 3 fails, one more shown F(f) tied to the failing figure is suppressed (smallest positive others' part
 * first). With every F(f) suppressed nothing is learnt, so this ends. With several parts (joint operations and the
 * records outside them), each part is protected on its own the same way and the whole also hides whatever a part
 * hides (as `protectAcrossParts`). The viewer's agency recorded everything: all exact.
 * @throws RangeError for a bad k, or an `own` outside 0 … count.
 */
export function protectFormsNamed(cells: readonly FormCombinationCell[], request: FormsNamedRequest = {}): FormsNamedTable {
  const whole = protectScope(cells, request);
  const parts = [...new Set(cells.map((c) => c.part ?? ''))];
  if (parts.length < 2 || whole.viewerIsOwner) return whole;
  const hiddenInSomePart = new Set(
    parts.flatMap((p) => {
      const part = protectScope(cells.filter((c) => (c.part ?? '') === p), request);
      return part.forms.filter((_, i) => part.named[i].suppressed);
    }),
  );
  const label = suppressedLabel(whole.k);
  return {
    ...whole,
    named: whole.named.map((f, i) => (hiddenInSomePart.has(whole.forms[i]) && !f.suppressed ? { count: null, suppressed: true, label } : f)),
  };
}

function protectScope(cells: readonly FormCombinationCell[], request: FormsNamedRequest): FormsNamedTable {
  for (const c of cells) {
    const own = c.own ?? 0;
    if (!Number.isInteger(c.count) || c.count < 0 || !Number.isInteger(own) || own < 0 || own > c.count) {
      throw new RangeError('each combination needs a whole count ≥ 0 and an own part from 0 to its count');
    }
  }
  const single = protectForViewer(
    cells.map((c) => ({ key: [singleKey(canonical(c.forms))], count: c.count, own: c.own ?? 0, part: c.part ?? '' })),
    { dimensions: ['formOfExploitation'], k: request.k },
  );
  const k = single.k;

  // Exact combinations (two forms or more) with their counts and own parts.
  const combos = new Map<string, { forms: string[]; count: number; own: number }>();
  const namedCount = new Map<string, { count: number; own: number }>();
  for (const c of cells) {
    const forms = canonical(c.forms);
    for (const f of forms) {
      const n = namedCount.get(f) ?? { count: 0, own: 0 };
      namedCount.set(f, { count: n.count + c.count, own: n.own + (c.own ?? 0) });
    }
    if (forms.length < 2) continue;
    const id = forms.join('\u0000');
    const x = combos.get(id) ?? { forms, count: 0, own: 0 };
    combos.set(id, { forms, count: x.count + c.count, own: x.own + (c.own ?? 0) });
  }
  const order = request.order ?? [];
  const forms = [...namedCount.keys()]
    .filter((f) => (namedCount.get(f)?.count ?? 0) > 0)
    .sort((a, b) => {
      const ra = order.indexOf(a);
      const rb = order.indexOf(b);
      return (ra < 0 ? order.length : ra) - (rb < 0 ? order.length : rb) || (a < b ? -1 : a > b ? 1 : 0);
    });

  // The figure system: the single-form table (fixed as published), combinations and M(f) (never published), F(f) (free).
  const others: number[] = [];
  const fixed: Array<boolean | undefined> = [];
  const relations: SumRelation[] = [];
  const add = (count: number, own: number, state: boolean | undefined) => {
    others.push(count - own);
    fixed.push(state);
    return others.length - 1;
  };
  const categories = single.categories[0];
  const ownOfCategory = (category: string) => cells.reduce((s, c) => s + (singleKey(canonical(c.forms)) === category ? c.own ?? 0 : 0), 0);
  const singleIdx = new Map(categories.map((category, j) => [category, add(countOfCategory(cells, category), ownOfCategory(category), single.cells[j].suppressed)]));
  const totalOwn = cells.reduce((s, c) => s + (c.own ?? 0), 0);
  const totalIdx = add(cells.reduce((s, c) => s + c.count, 0), totalOwn, single.total.suppressed);
  relations.push({ parts: [...singleIdx.values()], whole: totalIdx });
  const comboIdx = [...combos.values()].map((c) => ({ forms: c.forms, index: add(c.count, c.own, true) }));
  const multipleIdx = singleIdx.get(MULTIPLE);
  if (multipleIdx !== undefined && comboIdx.length) relations.push({ parts: comboIdx.map((c) => c.index), whole: multipleIdx });
  const namedIdx: number[] = [];
  for (const f of forms) {
    const within = comboIdx.filter((c) => c.forms.includes(f));
    const parts: number[] = [];
    const singleOfF = singleIdx.get(f);
    if (singleOfF !== undefined) parts.push(singleOfF);
    if (within.length) {
      // M(f): its others' part is the sum of the combinations' others' parts (own part 0 by construction).
      const m = add(within.reduce((s, c) => s + others[c.index], 0), 0, true);
      relations.push({ parts: within.map((c) => c.index), whole: m });
      parts.push(m);
    }
    const n = namedCount.get(f) ?? { count: 0, own: 0 };
    const idx = add(n.count, n.own, undefined);
    relations.push({ parts, whole: idx });
    namedIdx.push(idx);
  }

  const viewerIsOwner = single.viewerIsOwner;
  const hidden = others.map((r, i) => fixed[i] ?? (!viewerIsOwner && isSensitive(r, k)));
  if (!viewerIsOwner) {
    const system: FigureSystem = { others, relations };
    const singleHidden = [...singleIdx.values(), totalIdx].filter((i) => hidden[i]);
    const baseline = auditIntervals(system, hidden.map((h, i) => h || namedIdx.includes(i)), k);
    const sameRange = (a: Interval, b: Interval) => a[0] === b[0] && a[1] === b[1];
    for (;;) {
      const current = singleHidden.length ? auditIntervals(system, hidden, k) : [];
      const narrowed = singleHidden.find((i) => !sameRange(current[i], baseline[i]));
      const failing = narrowed ?? pinnedFigures(system, hidden, k)[0];
      if (failing === undefined) break;
      const pick = tiedShownFigure(system, hidden, failing, namedIdx);
      if (pick === undefined) {
        for (const i of namedIdx) hidden[i] = true;
        break;
      }
      hidden[pick] = true;
    }
  }
  const label = suppressedLabel(k);
  const figure = (i: number, count: number): ShownFigure => (hidden[i] ? { count: null, suppressed: true, label } : { count, suppressed: false, label: String(count) });
  return {
    forms,
    named: forms.map((f, i) => figure(namedIdx[i], namedCount.get(f)?.count ?? 0)),
    single,
    total: single.total,
    k,
    viewerIsOwner,
  };
}

const countOfCategory = (cells: readonly FormCombinationCell[], category: string) =>
  cells.reduce((s, c) => s + (singleKey(canonical(c.forms)) === category ? c.count : 0), 0);

/**
 * A shown figure among `candidates` tied to `start` through the sum relations (directly, or through suppressed
 * figures): the one with the smallest positive others' part, else a zero; any shown candidate when none is tied.
 */
function tiedShownFigure(system: FigureSystem, hidden: readonly boolean[], start: number, candidates: readonly number[]): number | undefined {
  const seen = new Set([start]);
  const queue = [start];
  const found = new Set<number>();
  while (queue.length) {
    const f = queue.shift() as number;
    for (const rel of system.relations) {
      if (rel.whole !== f && !rel.parts.includes(f)) continue;
      for (const m of [...rel.parts, rel.whole]) {
        if (candidates.includes(m) && !hidden[m]) found.add(m);
        else if (hidden[m] && !seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      }
    }
  }
  const pool = found.size ? [...found] : candidates.filter((i) => !hidden[i]);
  const rank = (i: number) => (system.others[i] > 0 ? 0 : 1);
  return pool.sort((a, b) => rank(a) - rank(b) || system.others[a] - system.others[b] || a - b)[0];
}
