import { useMutation, useQuery } from '@apollo/client/react';
import {
  DATA_CATEGORY_ORDER,
  DataCategory,
  FormOfExploitation,
  HANDLING_CODE_TEXT,
  HandlingCode,
  INFORMATION_CREDIBILITY_LABELS,
  isLeadWriter,
  SOURCE_RELIABILITY_LABELS,
  SourceReliability,
  TLP_ORDER,
  TlpLabel,
  tlpMarking,
} from '@taskforce/domain';
import {
  AGENCIES_QUERY,
  apiErrorCode,
  CREATE_LEAD_MUTATION,
  describeApiError,
  invalidFields,
  LEAD_FORM_OPERATIONS_QUERY,
  useViewer,
  type InformationCredibility as InformationCredibilityName,
  type LeadPersonRole,
  type RouteRole,
} from '@taskforce/web-data-access';
import { Alert, Button, Card, DATA_CATEGORY_LABELS, FORM_OF_EXPLOITATION_LABELS, Link, pathTo, SelectField, TextAreaField, TextField, toggleChoice, useNavigate } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import {
  credibilityDigit,
  emptyLeadForm,
  emptyPerson,
  formFieldsFrom,
  INFORMATION_CREDIBILITY_NAMES,
  leadInputFrom,
  missingRequired,
  openOperations,
  placedFieldNames,
  unplacedMessages,
  type LeadFormState,
  type LeadPersonForm,
  type RouteStopForm,
} from './lead-form';

const FORMS = Object.values(FormOfExploitation);
const RELIABILITIES = Object.values(SourceReliability);
const HANDLING_CODES = Object.values(HandlingCode);
const ROUTE_ROLE_NAMES: Readonly<Record<RouteRole, string>> = { ORIGIN: 'Origin', TRANSIT: 'Transit', DESTINATION: 'Destination' };
const ROUTE_ROLES = Object.keys(ROUTE_ROLE_NAMES) as RouteRole[];
const PERSON_ROLE_LABELS: Readonly<Record<LeadPersonRole, string>> = { SUSPECT: 'Suspect', POTENTIAL_VICTIM: 'Potential victim' };
const PERSON_ROLES = Object.keys(PERSON_ROLE_LABELS) as LeadPersonRole[];
const COUNTRY_HINT = 'ISO 3166-1 alpha-2 code, e.g. NL (XK for Kosovo).';

/**
 * The new-lead form (/leads/new): every field `createLead` takes, and optionally the joint operation the lead
 * belongs to (operations of the viewer's agency that are not closed). Only presence is checked here; the
 * server's messages (`extensions.fields`) are shown next to the fields they name. On success, the lead's page.
 */
export function NewLeadPage() {
  const navigate = useNavigate();
  const viewer = useViewer();
  const [state, setState] = useState<LeadFormState>(emptyLeadForm);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<LeadFormState | null>(null);
  const operations = useQuery(LEAD_FORM_OPERATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const agencies = useQuery(AGENCIES_QUERY, { fetchPolicy: 'cache-first' });
  const [createLead, created] = useMutation(CREATE_LEAD_MUTATION);

  const serverFields = created.error && sent ? formFieldsFrom(sent, invalidFields(created.error)) : {};
  const fields: Record<string, string> = { ...serverFields, ...missing };
  const error = (name: string): string | undefined => fields[name];
  const unplaced = unplacedMessages(serverFields, placedFieldNames(state.route.length, state.persons.length));
  const set = <K extends keyof LeadFormState>(key: K, value: LeadFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const setStop = (i: number, patch: Partial<RouteStopForm>) => set('route', state.route.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const setPerson = (i: number, patch: Partial<LeadPersonForm>) => set('persons', state.persons.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  if (viewer && !isLeadWriter(viewer)) {
    return (
      <div className="tf-page" data-testid="new-lead-page">
        <Alert>Only analysts, liaison officers and coordinators record leads.</Alert>
        <p>
          <Link to={pathTo('leads')}>Back to the leads</Link>
        </p>
      </div>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const stillMissing = missingRequired(state);
    setMissing(stillMissing);
    if (Object.keys(stillMissing).length > 0) return;
    setSent(state);
    try {
      const result = await createLead({ variables: { input: leadInputFrom(state) } });
      const id = result.data?.createLead.id;
      if (id) navigate(pathTo('lead', { id: id }));
    } catch {
      // Shown from `created.error`, next to the fields it names.
    }
  };

  const offered = openOperations(operations.data?.operations ?? []);
  const hasH3 = state.handlingCodes.includes(HandlingCode.H3);

  return (
    <div className="tf-page" data-testid="new-lead-page">
      <nav aria-label="Breadcrumb" className="tf-breadcrumb">
        <Link to={pathTo('leads')}>Leads</Link> <span aria-hidden="true">/</span> <span aria-current="page">New lead</span>
      </nav>
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Intelligence</p>
        <h1 className="tf-page__title">New lead</h1>
        <p className="tf-muted">Recorded as a lead of your agency. Potential victims' identities are stored encrypted and shown only as a pseudonym.</p>
      </div>
      <form onSubmit={onSubmit} className="tf-stack tf-lead-form" data-testid="lead-form" noValidate>
        <Card title="The lead" headingLevel={2}>
          <div className="tf-stack">
            <TextField label="Summary" required hint="One line." value={state.summary} error={error('summary')} onChange={(e) => set('summary', e.currentTarget.value)} data-testid="lead-form-summary" />
            <TextAreaField label="Details" rows={6} value={state.details} error={error('details')} onChange={(e) => set('details', e.currentTarget.value)} data-testid="lead-form-details" />
            <SelectField
              label="Form of exploitation"
              required
              placeholder="Choose…"
              value={state.formOfExploitation}
              options={FORMS.map((f) => ({ value: f, label: FORM_OF_EXPLOITATION_LABELS[f] }))}
              error={error('formOfExploitation')}
              onChange={(e) => set('formOfExploitation', e.currentTarget.value as FormOfExploitation | '')}
              data-testid="lead-form-form-of-exploitation"
            />
            <SelectField
              label="Joint operation"
              hint="Optional: a joint operation your agency takes part in (closed ones are not offered)."
              placeholder="None"
              value={state.operationId}
              options={offered.map((o) => ({ value: o.id, label: o.name }))}
              error={error('operationId')}
              onChange={(e) => set('operationId', e.currentTarget.value)}
              data-testid="lead-form-operation"
            />
          </div>
        </Card>

        <Card title="Route" headingLevel={2}>
          <p className="tf-muted tf-small">Countries of origin, transit and destination, in order.</p>
          {error('route') && <p className="tf-field__error">{error('route')}</p>}
          <ol className="tf-lead-form__rows">
            {state.route.map((stop, i) => (
              <li key={i} className="tf-lead-form__row" data-testid="lead-form-stop">
                <TextField
                  label={`Country of stop ${i + 1}`}
                  required={i === 0}
                  hint={COUNTRY_HINT}
                  value={stop.country}
                  maxLength={2}
                  autoCapitalize="characters"
                  error={error(`route.${i}.country`) ?? error(`route.${i}`)}
                  onChange={(e) => setStop(i, { country: e.currentTarget.value })}
                  data-testid="lead-form-stop-country"
                />
                <SelectField
                  label={`Role of stop ${i + 1}`}
                  value={stop.role}
                  options={ROUTE_ROLES.map((r) => ({ value: r, label: ROUTE_ROLE_NAMES[r] }))}
                  error={error(`route.${i}.role`)}
                  onChange={(e) => setStop(i, { role: e.currentTarget.value as RouteRole })}
                  data-testid="lead-form-stop-role"
                />
                {state.route.length > 1 && (
                  <Button variant="ghost" size="sm" onClick={() => set('route', state.route.filter((_, j) => j !== i))} aria-label={`Remove stop ${i + 1}`}>
                    Remove
                  </Button>
                )}
              </li>
            ))}
          </ol>
          {state.route.length < 20 && (
            <Button size="sm" onClick={() => set('route', [...state.route, { country: '', role: state.route.length === 0 ? 'ORIGIN' : 'DESTINATION' }])} data-testid="lead-form-add-stop">
              Add a stop
            </Button>
          )}
        </Card>

        <Card title="Persons involved" headingLevel={2}>
          <p className="tf-muted tf-small">Suspects by name. A potential victim's name, date of birth and nationality are encrypted; others see only a pseudonym.</p>
          {error('persons') && <p className="tf-field__error">{error('persons')}</p>}
          {state.persons.length > 0 && (
            <ol className="tf-lead-form__rows">
              {state.persons.map((person, i) => {
                const n = i + 1;
                const victim = person.role === 'POTENTIAL_VICTIM';
                return (
                  <li key={i} className="tf-lead-form__person" data-testid="lead-form-person" data-role={person.role}>
                    <SelectField
                      label={`Person ${n}: role`}
                      value={person.role}
                      options={PERSON_ROLES.map((r) => ({ value: r, label: PERSON_ROLE_LABELS[r] }))}
                      error={error(`persons.${i}.role`) ?? error(`persons.${i}`)}
                      onChange={(e) => setPerson(i, { role: e.currentTarget.value as LeadPersonRole })}
                    />
                    <TextField
                      label={victim ? `Person ${n}: full name` : `Person ${n}: name`}
                      required={!victim}
                      value={person.name}
                      error={error(`persons.${i}.name`)}
                      onChange={(e) => setPerson(i, { name: e.currentTarget.value })}
                      data-testid="lead-form-person-name"
                    />
                    {victim && (
                      <>
                        <TextField
                          label={`Person ${n}: date of birth`}
                          hint="YYYY-MM-DD"
                          inputMode="numeric"
                          value={person.dateOfBirth}
                          error={error(`persons.${i}.dateOfBirth`)}
                          onChange={(e) => setPerson(i, { dateOfBirth: e.currentTarget.value })}
                          data-testid="lead-form-person-date-of-birth"
                        />
                        <TextField
                          label={`Person ${n}: nationality`}
                          hint={COUNTRY_HINT}
                          maxLength={2}
                          value={person.nationality}
                          error={error(`persons.${i}.nationality`)}
                          onChange={(e) => setPerson(i, { nationality: e.currentTarget.value })}
                          data-testid="lead-form-person-nationality"
                        />
                      </>
                    )}
                    <TextAreaField
                      label={`Person ${n}: description`}
                      hint="Non-identifying."
                      rows={2}
                      value={person.description}
                      error={error(`persons.${i}.description`)}
                      onChange={(e) => setPerson(i, { description: e.currentTarget.value })}
                    />
                    <Button variant="ghost" size="sm" onClick={() => set('persons', state.persons.filter((_, j) => j !== i))} aria-label={`Remove person ${n}`}>
                      Remove
                    </Button>
                  </li>
                );
              })}
            </ol>
          )}
          <div className="tf-form-actions">
            <Button size="sm" onClick={() => set('persons', [...state.persons, emptyPerson('SUSPECT')])} data-testid="lead-form-add-suspect">
              Add a suspect
            </Button>
            <Button size="sm" onClick={() => set('persons', [...state.persons, emptyPerson('POTENTIAL_VICTIM')])} data-testid="lead-form-add-victim">
              Add a potential victim
            </Button>
          </div>
        </Card>

        <Card title="Data categories and markings" headingLevel={2}>
          <div className="tf-stack">
            <fieldset className="tf-fieldset">
              <legend className="tf-field__label">Data categories it contains</legend>
              <div className="tf-radio-row">
                {DATA_CATEGORY_ORDER.map((c) => (
                  <label key={c} className="tf-checkbox">
                    <input
                      type="checkbox"
                      checked={state.dataCategories.includes(c)}
                      onChange={() => set('dataCategories', toggleChoice<DataCategory>(DATA_CATEGORY_ORDER, state.dataCategories, c))}
                      data-testid={`lead-form-category-${c}`}
                    />{' '}
                    {DATA_CATEGORY_LABELS[c]}
                  </label>
                ))}
              </div>
              {error('dataCategories') && <p className="tf-field__error">{error('dataCategories')}</p>}
            </fieldset>
            <SelectField
              label="TLP 2.0 label"
              required
              placeholder="Choose…"
              value={state.tlp}
              options={TLP_ORDER.map((t) => ({ value: t, label: tlpMarking(t) }))}
              error={error('tlp')}
              onChange={(e) => set('tlp', e.currentTarget.value as TlpLabel | '')}
              data-testid="lead-form-tlp"
            />
            {state.tlp === TlpLabel.RED && (
              <fieldset className="tf-fieldset">
                <legend className="tf-field__label">Named recipients (TLP:RED)</legend>
                <div className="tf-radio-row">
                  {(agencies.data?.agencies ?? []).map((a) => (
                    <label key={a.id} className="tf-checkbox">
                      <input
                        type="checkbox"
                        checked={state.namedRecipientAgencyIds.includes(a.id)}
                        onChange={() => set('namedRecipientAgencyIds', toggleChoice((agencies.data?.agencies ?? []).map((x) => x.id), state.namedRecipientAgencyIds, a.id))}
                      />{' '}
                      {a.acronym}
                    </label>
                  ))}
                </div>
                {error('namedRecipientAgencyIds') && <p className="tf-field__error">{error('namedRecipientAgencyIds')}</p>}
              </fieldset>
            )}
            <div className="tf-lead-form__pair">
              <SelectField
                label="Source reliability (Admiralty)"
                required
                placeholder="Choose…"
                value={state.sourceReliability}
                options={RELIABILITIES.map((r) => ({ value: r, label: `${r} — ${SOURCE_RELIABILITY_LABELS[r]}` }))}
                error={error('sourceReliability')}
                onChange={(e) => set('sourceReliability', e.currentTarget.value as SourceReliability | '')}
                data-testid="lead-form-source-reliability"
              />
              <SelectField
                label="Information credibility (Admiralty)"
                required
                placeholder="Choose…"
                value={state.informationCredibility}
                options={INFORMATION_CREDIBILITY_NAMES.map(({ name, digit }) => ({ value: name, label: `${digit} — ${INFORMATION_CREDIBILITY_LABELS[credibilityDigit(name)]}` }))}
                error={error('informationCredibility')}
                onChange={(e) => set('informationCredibility', e.currentTarget.value as InformationCredibilityName | '')}
                data-testid="lead-form-information-credibility"
              />
            </div>
            <fieldset className="tf-fieldset">
              <legend className="tf-field__label">Handling codes</legend>
              <div className="tf-lead-form__codes">
                {HANDLING_CODES.map((code) => (
                  <label key={code} className="tf-checkbox">
                    <input
                      type="checkbox"
                      checked={state.handlingCodes.includes(code)}
                      onChange={() => set('handlingCodes', toggleChoice(HANDLING_CODES, state.handlingCodes, code))}
                      data-testid={`lead-form-handling-${code}`}
                    />{' '}
                    <strong>{code}</strong> {HANDLING_CODE_TEXT[code]}
                  </label>
                ))}
              </div>
              {error('handlingCodes') && <p className="tf-field__error">{error('handlingCodes')}</p>}
            </fieldset>
            {(hasH3 || error('handlingCondition')) && (
              <TextAreaField
                label="H3 condition (other restrictions)"
                required={hasH3}
                rows={3}
                value={state.handlingCondition}
                error={error('handlingCondition')}
                onChange={(e) => set('handlingCondition', e.currentTarget.value)}
                data-testid="lead-form-handling-condition"
              />
            )}
          </div>
        </Card>

        {created.error && (
          <Alert>
            {apiErrorCode(created.error) === 'BAD_USER_INPUT'
              ? 'The lead was not recorded: see the messages next to the fields.'
              : describeApiError(created.error, 'The lead could not be recorded.')}
            {unplaced.length > 0 && (
              <ul data-testid="lead-form-other-errors">
                {unplaced.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        {Object.keys(missing).length > 0 && <Alert>Fill in the required fields marked below.</Alert>}
        <div className="tf-form-actions">
          <Button type="submit" variant="primary" busy={created.loading} data-testid="lead-form-submit">
            Record lead
          </Button>
          <Link to={pathTo('leads')}>Cancel</Link>
        </div>
      </form>
    </div>
  );
}
