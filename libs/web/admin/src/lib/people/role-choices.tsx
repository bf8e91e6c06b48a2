import type { Role } from '@taskforce/web-data-access';
import { labelFrom, ROLE_LABEL_IDS, useLingui } from '@taskforce/web-ui';
import { useId } from 'react';
import { toggleRole } from './people-forms';

/** A labelled group of role checkboxes with the server's message for `roles` under it. */
export function RoleChoices({ legend, choices, value, onChange, error, testId }: { legend: string; choices: readonly Role[]; value: readonly Role[]; onChange: (roles: Role[]) => void; error?: string; testId?: string }) {
  const errorId = useId();
  const { _ } = useLingui();
  return (
    <fieldset className="tf-fieldset" data-testid={testId} aria-describedby={error ? errorId : undefined}>
      <legend className="tf-field__label">{legend}</legend>
      <div className="tf-role-choices">
        {choices.map((role) => (
          <label key={role} className="tf-checkbox">
            <input type="checkbox" value={role} checked={value.includes(role)} onChange={() => onChange(toggleRole(value, role))} /> {labelFrom(_, ROLE_LABEL_IDS, role)}
          </label>
        ))}
      </div>
      {error && (
        <p className="tf-field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
