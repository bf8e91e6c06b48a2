import { pathTo, useLingui, useLocation, useNavigate, useSearchParams } from '@taskforce/web-ui';
import { useEffect, useState, type FormEvent } from 'react';

/**
 * The header's search box: sends the words typed to the search page (`/search?q=…`), which finds operations, tasks,
 * leads and channel messages the person may read. On the search page it shows the words searched.
 */
export function HeaderSearch() {
  const { _ } = useLingui();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const searched = pathname === pathTo('search') ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(searched);
  useEffect(() => setText(searched), [searched]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q) navigate(`${pathTo('search')}?${new URLSearchParams({ q }).toString()}`);
  };

  return (
    <form role="search" className="tf-header-search" onSubmit={onSubmit} aria-label={_('header.search.label')}>
      <label htmlFor="tf-header-search" className="tf-visually-hidden">
        {_('header.search.label')}
      </label>
      <input
        id="tf-header-search"
        type="search"
        className="tf-header-search__input"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={_('header.search.placeholder')}
        maxLength={200}
        data-testid="header-search"
      />
      <button type="submit" className="tf-header-search__button">
        {_('header.search.submit')}
      </button>
    </form>
  );
}
