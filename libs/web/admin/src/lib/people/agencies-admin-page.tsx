import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { AgencyKind } from '@taskforce/domain';
import { describeApiError, invalidFields, useViewer } from '@taskforce/web-data-access';
import { AGENCY_KIND_LABELS, Alert, Button, Card, Drawer, LoadingState, SelectField, TextField } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { OneTimeLinkNotice } from './one-time-link-notice';
import { AGENCY_DIRECTORY_QUERY, CREATE_AGENCY_MUTATION, type OneTimeLinkData } from './people.documents';

/** The form of a new agency and its first agency admin; calls `onCreated` with the admin's one-time link. */
function CreateAgencyForm({ onCreated, onCancel }: { onCreated: (link: OneTimeLinkData) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [acronym, setAcronym] = useState('');
  const [country, setCountry] = useState('');
  const [kind, setKind] = useState<AgencyKind | ''>('');
  const [adminEmail, setAdminEmail] = useState('');
  const [adminName, setAdminName] = useState('');
  const [create, { loading, error }] = useMutation(CREATE_AGENCY_MUTATION);
  const fields = error ? invalidFields(error) : {};

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await create({
        variables: {
          input: {
            name: name.trim(),
            acronym: acronym.trim(),
            country: country.trim() ? country.trim().toUpperCase() : null,
            kind: kind as AgencyKind,
            firstAdmin: { email: adminEmail.trim(), displayName: adminName.trim() },
          },
        },
      });
      if (result.data) onCreated(result.data.createAgency.firstAdmin);
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <form className="tf-stack" onSubmit={onSubmit} noValidate data-testid="create-agency-form">
      <TextField label="Name" required value={name} error={fields['name']} onChange={(e) => setName(e.currentTarget.value)} data-testid="agency-name" />
      <TextField label="Acronym" required value={acronym} error={fields['acronym']} hint="Shown on badges; must not be in use." onChange={(e) => setAcronym(e.currentTarget.value)} data-testid="agency-acronym" />
      <TextField label="Country (ISO code)" value={country} error={fields['country']} hint="Two letters, e.g. MD; empty for an international organization." maxLength={2} onChange={(e) => setCountry(e.currentTarget.value)} data-testid="agency-country" />
      <SelectField
        label="Kind"
        required
        value={kind}
        placeholder="Choose a kind…"
        error={fields['kind']}
        options={Object.values(AgencyKind).map((k) => ({ value: k, label: AGENCY_KIND_LABELS[k] }))}
        onChange={(e) => setKind(e.currentTarget.value as AgencyKind | '')}
        data-testid="agency-kind"
      />
      <fieldset className="tf-fieldset">
        <legend className="tf-field__label">First agency admin</legend>
        <div className="tf-stack">
          <TextField label="Admin's e-mail" type="email" required value={adminEmail} error={fields['firstAdmin.email']} onChange={(e) => setAdminEmail(e.currentTarget.value)} data-testid="agency-admin-email" />
          <TextField label="Admin's name" required value={adminName} error={fields['firstAdmin.displayName']} onChange={(e) => setAdminName(e.currentTarget.value)} data-testid="agency-admin-name" />
        </div>
      </fieldset>
      {error && Object.keys(fields).length === 0 && <Alert>{describeApiError(error, 'The agency could not be created.')}</Alert>}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" busy={loading} disabled={!kind} data-testid="create-agency-submit">
          Create agency
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={loading}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/**
 * Agencies (/admin/agencies, platform admins): the directory, and a new agency with its first agency admin, whose
 * one-time link is shown once to pass on.
 */
export function AgenciesAdminPage() {
  const viewer = useViewer();
  const isPlatformAdmin = viewer?.roles.includes('PLATFORM_ADMIN') ?? false;
  const { data, loading, error, refetch } = useQuery(AGENCY_DIRECTORY_QUERY, isPlatformAdmin ? { fetchPolicy: 'cache-and-network' } : skipToken);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<OneTimeLinkData | null>(null);

  if (!isPlatformAdmin) {
    return (
      <div className="tf-page" data-testid="agencies-admin-page">
        <h1 className="tf-page__title">Agencies</h1>
        <Alert>Only platform admins create agencies.</Alert>
      </div>
    );
  }
  const agencies = data?.agencies ?? [];
  return (
    <div className="tf-page" data-testid="agencies-admin-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Administration</p>
        <h1 className="tf-page__title">Agencies</h1>
        <p className="tf-muted">Every agency of the workspace. A new agency starts with one agency admin, who then invites its people.</p>
      </div>
      <div className="tf-form-actions">
        <Button variant="primary" onClick={() => setCreating(true)} data-testid="new-agency">
          New agency
        </Button>
      </div>
      {issued && <OneTimeLinkNotice data={issued} intro="The agency is created." onDismiss={() => setIssued(null)} />}
      {error && !data && <Alert>{describeApiError(error, 'The agencies cannot be loaded right now.')}</Alert>}
      {!data && loading && <LoadingState label="Loading agencies…" />}
      {agencies.length > 0 && (
        <Card>
          <div className="tf-table-scroll">
            <table className="tf-table" data-testid="agency-table">
              <thead>
                <tr>
                  <th scope="col">Acronym</th>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Country</th>
                </tr>
              </thead>
              <tbody>
                {agencies.map((agency) => (
                  <tr key={agency.id} data-testid="agency-row" data-acronym={agency.acronym}>
                    <th scope="row">{agency.acronym}</th>
                    <td>{agency.name}</td>
                    <td>{AGENCY_KIND_LABELS[agency.kind]}</td>
                    <td>{agency.countryName ?? 'International'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
      {creating && (
        <Drawer title="New agency" onClose={() => setCreating(false)}>
          <CreateAgencyForm
            onCancel={() => setCreating(false)}
            onCreated={(link) => {
              setCreating(false);
              setIssued(link);
              void refetch().catch(() => undefined);
            }}
          />
        </Drawer>
      )}
    </div>
  );
}
