import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { CleanText, IsSafeText } from './validation';

/** Shortest and longest search text, in characters, after invisible controls and edge blanks are removed. */
export const SEARCH_TEXT_MIN = 2;
export const SEARCH_TEXT_MAX = 200;

/** Most results one workspace search returns per kind of record (operations, tasks, messages), newest first. */
export const WORKSPACE_SEARCH_LIMIT = 50;

/**
 * The `text` argument of the workspace searches (`searchOperations`, `searchTasks`, `searchMessages`): invisible
 * controls removed as stored texts have them removed (`CleanText`), then 2–200 characters; BAD_USER_INPUT naming
 * `text` otherwise.
 */
@ArgsType()
export class SearchTextArgs {
  @Field({ description: `Words to find (${SEARCH_TEXT_MIN}–${SEARCH_TEXT_MAX} characters), matched literally, ignoring case` })
  @CleanText()
  @IsSafeText()
  @IsString()
  @MinLength(SEARCH_TEXT_MIN, { message: `text must be at least ${SEARCH_TEXT_MIN} characters` })
  @MaxLength(SEARCH_TEXT_MAX, { message: `text must be at most ${SEARCH_TEXT_MAX} characters` })
  text!: string;
}

/** `text` as an ILIKE pattern matching it anywhere, with `\`, `%` and `_` taken literally (use with `ESCAPE '\'`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
