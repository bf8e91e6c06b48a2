import { Foundation1764420000000 } from './1764420000000-foundation';

/** Every migration, oldest first. */
export const migrations = [Foundation1764420000000];
