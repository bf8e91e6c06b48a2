import type { HTMLAttributes } from 'react';
import { classNames } from '../format/class-names';

/** Colour family of a badge; each one has enough contrast on white for small text. */
export type BadgeTone = 'neutral' | 'info' | 'accent' | 'success' | 'warning' | 'danger';

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  tone?: BadgeTone;
}

/** A short label (a status, a priority, an agency acronym) shown as a rounded chip. */
export function Badge({ tone = 'neutral', className, ...rest }: BadgeProps) {
  return <span {...rest} className={classNames('tf-badge', `tf-badge--${tone}`, className)} />;
}
