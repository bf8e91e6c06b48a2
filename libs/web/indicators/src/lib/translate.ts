/** The translator type of the screens (Lingui's `_`), from the shared UI library. */
export type { Translate } from '@taskforce/web-ui';
