import { Link, pathTo, useLingui } from '@taskforce/web-ui';

/** Shown for addresses the app does not know. */
export function NotFoundPage() {
  const { _ } = useLingui();
  return (
    <div className="tf-page">
      <h1 className="tf-page__title">{_('notFound.title')}</h1>
      <p>{_('notFound.text')}</p>
      <p>
        <Link to={pathTo('dashboard')}>{_('notFound.toDashboard')}</Link>
      </p>
    </div>
  );
}
