import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { AppConfig, currentRequestScope } from '@taskforce/api-core';

/**
 * Tells the request's RequestScope when the operation is a query (its loaders and facts may then be kept for the
 * whole request), and with SQL_STATEMENT_HEADER answers with `X-SQL-Statements`: the SQL statements the request ran.
 */
@Plugin()
export class RequestScopePlugin implements ApolloServerPlugin {
  constructor(private readonly config: AppConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const scope = currentRequestScope();
    const header = this.config.SQL_STATEMENT_HEADER === true;
    return {
      didResolveOperation: async ({ operation }) => {
        if (operation?.operation === 'query') scope?.markReadOnly();
      },
      willSendResponse: async ({ response }) => {
        if (header && scope) response.http.headers.set('x-sql-statements', String(scope.statements));
      },
    };
  }
}
