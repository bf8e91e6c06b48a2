import { Badge } from '@taskforce/web-ui';

/** "Assignee left": the assignee agency no longer takes part; a coordinator reassigns or cancels the task. */
export function AssigneeLeftBadge() {
  return (
    <Badge tone="warning" data-testid="assignee-left" title="The assignee agency no longer takes part: a coordinator reassigns or cancels this task">
      Assignee left
    </Badge>
  );
}
