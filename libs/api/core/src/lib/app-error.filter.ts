import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';

/**
 * Hands AppErrors (expected outcomes: not found, forbidden, conflict…) straight to GraphQL's formatError
 * without Nest logging them as crashes.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: AppError): AppError {
    return exception;
  }
}
