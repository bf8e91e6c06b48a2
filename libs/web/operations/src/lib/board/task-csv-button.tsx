import { useApolloClient } from '@apollo/client/react';
import { TaskStatus } from '@taskforce/domain';
import { apiErrorParts, apiErrorText, OPERATION_TASK_EXPORT_QUERY, type TaskCardData } from '@taskforce/web-data-access';
import { Button, CSV_CONTENT_TYPE, messageId, saveFile, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import type { BoardFilters } from './board-state';
import { toTaskFilterInput } from './board-state';
import { taskCsv } from './task-csv';

/** Tasks per request while the export walks the columns (the API's page limit). */
const EXPORT_PAGE = 200;
/** Pages of one column the export reads at most (200 × 50 = 10,000 tasks). */
const EXPORT_MAX_PAGES = 50;

interface TaskCsvButtonProps {
  operation: { id: string; name: string };
  filters: BoardFilters;
  /** The filters in words, for the export's scope line. */
  filterWords: string;
}

/**
 * "Download CSV" of the board's tasks as filtered: reads every matching task from the server, column by column a
 * page at a time (not only the cards on screen), in board order, and saves `tasks.csv` with the header block every
 * export carries (`taskCsv`). A failure is shown beside the button.
 */
export function TaskCsvButton({ operation, filters, filterWords }: TaskCsvButtonProps) {
  const { _ } = useLingui();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const readAll = async (): Promise<TaskCardData[]> => {
    const filter = toTaskFilterInput(filters);
    const read = async (statusFilter: typeof filter, after: string | null) => {
      const { data } = await client.query({
        query: OPERATION_TASK_EXPORT_QUERY,
        variables: { id: operation.id, filter: statusFilter, first: EXPORT_PAGE, after },
        fetchPolicy: 'network-only',
      });
      if (!data?.operation) throw new Error('The joint operation cannot be read');
      return data.operation.taskColumns;
    };
    const tasks: TaskCardData[] = [];
    for (const column of await read(filter, null)) {
      const held = [...column.tasks];
      for (let page = 1; held.length < column.total && page < EXPORT_MAX_PAGES; page += 1) {
        const [next] = await read({ ...filter, statuses: [TaskStatus[column.status]] }, held[held.length - 1].id);
        if (!next || next.tasks.length === 0) break;
        held.push(...next.tasks);
      }
      tasks.push(...held);
    }
    return tasks;
  };

  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const csv = taskCsv(operation, filterWords, await readAll(), new Date());
      saveFile('tasks.csv', csv, CSV_CONTENT_TYPE);
    } catch (error) {
      setFailure(apiErrorText(_, apiErrorParts(error), messageId('board.csv.failed')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="tf-board-toolbar__csv">
      <Button variant="secondary" size="sm" busy={busy} onClick={() => void download()} data-testid="tasks-csv">
        {_('board.csv.download')}
      </Button>
      {failure && (
        <span role="alert" className="tf-small">
          {failure}
        </span>
      )}
    </span>
  );
}
