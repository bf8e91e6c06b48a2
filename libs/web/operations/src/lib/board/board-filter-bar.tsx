import { Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import { Button, labelFrom, PILLAR_LABEL_IDS, TASK_STATUS_LABEL_IDS, useLingui, useMenuDisclosure } from '@taskforce/web-ui';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { PRIORITY_LABEL_IDS, VIEW_LABEL_IDS } from './board-labels';
import { BOARD_VIEWS, EMPTY_FILTERS, isFiltered, type BoardFilters, type BoardView } from './board-state';

/** Id of the free-text filter, which `/` focuses. */
export const BOARD_TEXT_FILTER_ID = 'board-filter-text';

/** Milliseconds the text filter waits after the last key before it asks the server. */
const TEXT_SETTLE_MS = 300;

interface Choice {
  value: string;
  label: string;
}

const enumChoices = (translate: (id: string) => string, values: readonly string[], ids: Readonly<Record<string, string>>): Choice[] =>
  values.map((value) => ({ value, label: labelFrom(translate, ids, value) }));

/**
 * A filter of several values: a disclosure with one checkbox per value; its button says how many are chosen. It closes
 * on Escape (focus back on its button) and on a press outside it, like a menu.
 */
function ChoiceMenu({ name, choices, chosen, onChange, testId }: { name: string; choices: Choice[]; chosen: string[]; onChange: (next: string[]) => void; testId: string }) {
  const { _ } = useLingui();
  const legendId = useId();
  const menu = useMenuDisclosure();
  const summary =
    chosen.length === 0
      ? _('board.filter.any')
      : chosen.length === 1
        ? (choices.find((c) => c.value === chosen[0])?.label ?? '1')
        : _('board.filter.chosen', { count: chosen.length });
  return (
    <details className="tf-filter-menu" data-testid={testId} {...menu}>
      <summary className="tf-filter-menu__button">
        {_('board.filter.menu', { name })} <span className={chosen.length ? 'tf-filter-menu__value' : 'tf-muted'}>{summary}</span>
      </summary>
      <fieldset className="tf-filter-menu__panel" aria-labelledby={legendId}>
        <legend id={legendId} className="tf-visually-hidden">
          {name}
        </legend>
        {choices.length === 0 && <p className="tf-small tf-muted">{_('board.filter.nothingToChoose')}</p>}
        {choices.map((choice) => (
          <label key={choice.value} className="tf-filter-menu__choice">
            <input
              type="checkbox"
              value={choice.value}
              checked={chosen.includes(choice.value)}
              onChange={(event) => onChange(event.target.checked ? [...chosen, choice.value] : chosen.filter((v) => v !== choice.value))}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

interface BoardFilterBarProps {
  filters: BoardFilters;
  onFiltersChange: (next: BoardFilters) => void;
  view: BoardView;
  onViewChange: (next: BoardView) => void;
  /** Assignee agencies offered (the operation's participating agencies). */
  agencies: readonly { id: string; acronym: string; name: string }[];
  /** Assignee people offered (those the operation's tasks are assigned to). */
  people: readonly { id: string; displayName: string; agency: { acronym: string } }[];
  /** Actions shown at the end of the bar (new task, CSV, shortcuts). */
  actions?: ReactNode;
}

/**
 * The filter bar over the board: free text (`/` focuses it), assignee agency, person, priority, 4P pillar, status,
 * overdue, "Clear filters", the view switch (board, list, due dates) and the bar's actions.
 */
export function BoardFilterBar({ filters, onFiltersChange, view, onViewChange, agencies, people, actions }: BoardFilterBarProps) {
  const { _ } = useLingui();
  const [text, setText] = useState(filters.text);
  // The address is the truth: follow it when it changes from outside (a shared link, "Clear filters", back).
  useEffect(() => setText(filters.text), [filters.text]);
  useEffect(() => {
    if (text.trim() === filters.text) return undefined;
    const timer = setTimeout(() => onFiltersChange({ ...filters, text: text.trim() }), TEXT_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text, filters, onFiltersChange]);
  const set = <K extends keyof BoardFilters>(key: K, value: BoardFilters[K]) => onFiltersChange({ ...filters, [key]: value });

  return (
    <div className="tf-board-toolbar" data-testid="board-toolbar">
      <div className="tf-filter-bar" role="search" aria-label={_('board.filter.label')} data-testid="board-filters">
        <label className="tf-filter-bar__text">
          <span className="tf-visually-hidden">{_('board.filter.textLabel')}</span>
          <input
            id={BOARD_TEXT_FILTER_ID}
            type="search"
            className="tf-input"
            placeholder={_('board.filter.textPlaceholder')}
            maxLength={200}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') onFiltersChange({ ...filters, text: text.trim() });
            }}
            data-testid="filter-text"
          />
        </label>
        <ChoiceMenu
          name={_('board.filter.agency')}
          testId="filter-agency"
          choices={agencies.map((a) => ({ value: a.id, label: `${a.acronym} — ${a.name}` }))}
          chosen={filters.agencyIds}
          onChange={(v) => set('agencyIds', v)}
        />
        <ChoiceMenu
          name={_('board.filter.person')}
          testId="filter-person"
          choices={people.map((p) => ({ value: p.id, label: `${p.displayName} (${p.agency.acronym})` }))}
          chosen={filters.personIds}
          onChange={(v) => set('personIds', v)}
        />
        <ChoiceMenu
          name={_('board.filter.priority')}
          testId="filter-priority"
          choices={enumChoices(_, Object.values(TaskPriority), PRIORITY_LABEL_IDS)} chosen={filters.priorities} onChange={(v) => set('priorities', v as TaskPriority[])} />
        <ChoiceMenu
          name={_('pillar.title')}
          testId="filter-pillar"
          choices={enumChoices(_, Object.values(Pillar), PILLAR_LABEL_IDS)} chosen={filters.pillars} onChange={(v) => set('pillars', v as Pillar[])} />
        <ChoiceMenu
          name={_('board.filter.status')}
          testId="filter-status"
          choices={enumChoices(_, Object.values(TaskStatus), TASK_STATUS_LABEL_IDS)} chosen={filters.statuses} onChange={(v) => set('statuses', v as TaskStatus[])} />
        <label className="tf-filter-bar__check">
          <input type="checkbox" checked={filters.overdue} onChange={(event) => set('overdue', event.target.checked)} data-testid="filter-overdue" /> {_('board.overdue')}
        </label>
        {isFiltered(filters) && (
          <Button variant="ghost" size="sm" onClick={() => onFiltersChange(EMPTY_FILTERS)} data-testid="filter-clear">
            {_('board.filter.clear')}
          </Button>
        )}
      </div>
      <div className="tf-board-toolbar__end">
        <div className="tf-view-switch" role="group" aria-label={_('board.view.label')} data-testid="view-switch">
          {BOARD_VIEWS.map((option) => (
            <button
              key={option}
              type="button"
              className="tf-view-switch__option"
              aria-pressed={view === option}
              onClick={() => onViewChange(option)}
              data-testid={`view-${option}`}
            >
              {_(VIEW_LABEL_IDS[option])}
            </button>
          ))}
        </div>
        {actions}
      </div>
    </div>
  );
}
