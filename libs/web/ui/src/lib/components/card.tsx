import type { HTMLAttributes, ReactNode } from 'react';
import { classNames } from '../format/class-names';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** Heading shown at the top of the card. */
  title?: ReactNode;
  /** Heading level of the title, to keep the page outline right (default 3). */
  headingLevel?: 2 | 3 | 4;
  /** Small controls shown at the right of the title. */
  actions?: ReactNode;
  /** Use `<article>` for self-contained items (an operation, a task), `<section>` for page regions. */
  as?: 'section' | 'article' | 'div';
}

/** A bordered surface grouping related content, with an optional heading and header actions. */
export function Card({ title, headingLevel = 3, actions, as = 'section', className, children, ...rest }: CardProps) {
  const Element = as;
  const Heading = `h${headingLevel}` as const;
  return (
    <Element {...rest} className={classNames('tf-card', className)}>
      {(title || actions) && (
        <header className="tf-card__header">
          {title && <Heading className="tf-card__title">{title}</Heading>}
          {actions && <div className="tf-card__actions">{actions}</div>}
        </header>
      )}
      {children}
    </Element>
  );
}
