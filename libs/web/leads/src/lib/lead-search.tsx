import { useLazyQuery } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, SEARCH_LEADS_QUERY } from '@taskforce/web-data-access';
import { Alert, Button, Link, messageId, pathTo, TextField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';

/** Shortest and longest search text the server accepts (searchLeads). */
const MIN = 2;
const MAX = 200;

/**
 * Searches the leads the caller may read, in the caller's own copy of each (the server matches only what the
 * caller's projection shows: a word removed from a recipient's copy finds nothing).
 */
export function LeadSearch() {
  const { _ } = useLingui();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState(false);
  // Results of the last valid search; hidden while the text is invalid, so no stale results sit under the error.
  const [showResults, setShowResults] = useState(false);
  const [search, { data, loading, error, called }] = useLazyQuery(SEARCH_LEADS_QUERY, { fetchPolicy: 'network-only' });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = text.trim();
    if (value.length < MIN || value.length > MAX) {
      setProblem(true);
      setShowResults(false);
      return;
    }
    setProblem(false);
    setShowResults(true);
    void search({ variables: { text: value } }).catch(() => undefined);
  };

  return (
    <section className="tf-stack" aria-label={_('leads.search.label')} data-testid="lead-search">
      <form className="tf-form-actions" onSubmit={onSubmit} role="search" noValidate>
        <TextField
          label={_('leads.search.label')}
          value={text}
          maxLength={MAX}
          error={problem ? _('leads.search.length', { min: MIN, max: MAX }) : undefined}
          onChange={(event) => setText(event.currentTarget.value)}
          data-testid="lead-search-text"
        />
        <Button type="submit" busy={loading} data-testid="lead-search-submit">
          {_('leads.search.submit')}
        </Button>
      </form>
      {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('leads.search.failed'))}</Alert>}
      {showResults && called && data && (
        <div data-testid="lead-search-results">
          <p className="tf-muted tf-small" role="status">
            {_('leads.search.found', { count: data.searchLeadCount })}
          </p>
          <ul>
            {data.searchLeads.map((lead) => (
              <li key={lead.id}>
                <Link to={pathTo('lead', { id: lead.id })}>{lead.summary}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
