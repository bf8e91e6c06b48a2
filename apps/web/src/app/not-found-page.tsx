import { Link, pathTo } from '@taskforce/web-ui';

/** Shown for addresses the app does not know. */
export function NotFoundPage() {
  return (
    <div className="tf-page">
      <h1 className="tf-page__title">Page not found</h1>
      <p>This address does not lead anywhere in the workspace.</p>
      <p>
        <Link to={pathTo('dashboard')}>Go to the dashboard</Link>
      </p>
    </div>
  );
}
