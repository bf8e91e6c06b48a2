import type { LeadPersonRole } from '@taskforce/web-data-access';
import { Button, Card, SelectField, TextAreaField, TextField, useLingui } from '@taskforce/web-ui';
import { emptyPerson, type LeadPersonForm } from './lead-form';
import { PERSON_ROLE_LABEL_IDS } from './lead-form-labels';

const PERSON_ROLES = Object.keys(PERSON_ROLE_LABEL_IDS) as LeadPersonRole[];

/**
 * The persons of the new-lead form: suspects by name; for a potential victim also date of birth and nationality
 * (encrypted by the server). `error(field)` gives the message for a field (`persons.1.dateOfBirth`), if any.
 */
export function PersonsCard({
  persons,
  error,
  onChange,
}: {
  persons: readonly LeadPersonForm[];
  error: (field: string) => string | undefined;
  onChange: (persons: LeadPersonForm[]) => void;
}) {
  const { _ } = useLingui();
  const countryHint = _('leadForm.countryHint');
  const setPerson = (i: number, patch: Partial<LeadPersonForm>) => onChange(persons.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Card title={_('leadForm.persons')} headingLevel={2}>
      <p className="tf-muted tf-small">{_('leadForm.personsIntro')}</p>
      {error('persons') && <p className="tf-field__error">{error('persons')}</p>}
      {persons.length > 0 && (
        <ol className="tf-lead-form__rows">
          {persons.map((person, i) => {
            const n = i + 1;
            const victim = person.role === 'POTENTIAL_VICTIM';
            return (
              <li key={i} className="tf-lead-form__person" data-testid="lead-form-person" data-role={person.role}>
                <SelectField
                  label={_('leadForm.personRole', { n })}
                  value={person.role}
                  options={PERSON_ROLES.map((r) => ({ value: r, label: _(PERSON_ROLE_LABEL_IDS[r]) }))}
                  error={error(`persons.${i}.role`) ?? error(`persons.${i}`)}
                  onChange={(e) => setPerson(i, { role: e.currentTarget.value as LeadPersonRole })}
                />
                <TextField
                  label={victim ? _('leadForm.personFullName', { n }) : _('leadForm.personName', { n })}
                  required={!victim}
                  value={person.name}
                  error={error(`persons.${i}.name`)}
                  onChange={(e) => setPerson(i, { name: e.currentTarget.value })}
                  data-testid="lead-form-person-name"
                />
                {victim && (
                  <>
                    <TextField
                      label={_('leadForm.personDateOfBirth', { n })}
                      hint={_('leadForm.dateOfBirthHint')}
                      inputMode="numeric"
                      value={person.dateOfBirth}
                      error={error(`persons.${i}.dateOfBirth`)}
                      onChange={(e) => setPerson(i, { dateOfBirth: e.currentTarget.value })}
                      data-testid="lead-form-person-date-of-birth"
                    />
                    <TextField
                      label={_('leadForm.personNationality', { n })}
                      hint={countryHint}
                      maxLength={2}
                      value={person.nationality}
                      error={error(`persons.${i}.nationality`)}
                      onChange={(e) => setPerson(i, { nationality: e.currentTarget.value })}
                      data-testid="lead-form-person-nationality"
                    />
                  </>
                )}
                <TextAreaField
                  label={_('leadForm.personDescription', { n })}
                  hint={_('leadForm.descriptionHint')}
                  rows={2}
                  value={person.description}
                  error={error(`persons.${i}.description`)}
                  onChange={(e) => setPerson(i, { description: e.currentTarget.value })}
                />
                <Button variant="ghost" size="sm" onClick={() => onChange(persons.filter((_person, j) => j !== i))} aria-label={_('leadForm.removePerson', { n })}>
                  {_('leadForm.remove')}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="tf-form-actions">
        <Button size="sm" onClick={() => onChange([...persons, emptyPerson('SUSPECT')])} data-testid="lead-form-add-suspect">
          {_('leadForm.addSuspect')}
        </Button>
        <Button size="sm" onClick={() => onChange([...persons, emptyPerson('POTENTIAL_VICTIM')])} data-testid="lead-form-add-victim">
          {_('leadForm.addVictim')}
        </Button>
      </div>
    </Card>
  );
}
