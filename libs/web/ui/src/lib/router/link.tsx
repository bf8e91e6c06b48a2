import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';

export interface LinkProps extends Omit<RouterLinkProps, 'to'> {
  /** An in-app address, built with `pathTo` (`pathTo('lead', { id })`). */
  to: string;
}

/** A real `<a href>` that navigates in-app on a plain click and lets modified clicks open a new tab (react-router). */
export function Link(props: LinkProps) {
  return <RouterLink {...props} />;
}
