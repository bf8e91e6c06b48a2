import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuditModule } from '@taskforce/api-audit';
import { AuthModule } from '@taskforce/api-auth';
import { ChannelsModule } from '@taskforce/api-channels';
import { FilesModule } from '@taskforce/api-files';
import { AppConfig, AppErrorFilter, CoreModule, createErrorFormatter, readIdsInLowerCase, StrictDateTimeScalar } from '@taskforce/api-core';
import { dataSourceOptions } from '@taskforce/api-setup';
import { IndicatorsModule } from '@taskforce/api-indicators';
import { JurisdictionModule } from '@taskforce/api-jurisdiction';
import { LeadsModule } from '@taskforce/api-leads';
import { MatchingModule } from '@taskforce/api-matching';
import { StixModule } from '@taskforce/api-stix';
import { NotificationsModule } from '@taskforce/api-notifications';
import { OperationEvaluationModule } from '@taskforce/api-operation-evaluation';
import { OperationLifecycleModule } from '@taskforce/api-operation-lifecycle';
import { OperationsModule } from '@taskforce/api-operations';
import { PeopleModule } from '@taskforce/api-people';
import { RealtimeModule } from '@taskforce/api-realtime';
import { TasksModule } from '@taskforce/api-tasks';
import { HealthController } from './health.controller';
import { CostBudget } from './cost-budget';
import { graphqlLimits } from './graphql-limits';
import { InputProblemsPlugin } from './input-problems.plugin';
import { QueryCostPlugin } from './query-cost.plugin';
import { RequestScopePlugin } from './request-scope.plugin';

/** The API host: one GraphQL endpoint, socket.io, health; feature modules per bounded context. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        // Periodic sweeps (escalation of unacknowledged urgent tasks, lapse of lead shares) register here.
        ScheduleModule.forRoot(),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          // Strict ISO 8601 input for DateTime (impossible dates are refused, not rolled over): see libs/api/core dates.ts.
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTimeScalar }] },
          // A UUID id reads the same in upper and lower case: ID arguments and input fields arrive in lower case.
          transformSchema: readIdsInLowerCase,
          sortSchema: true,
          playground: false,
          introspection: !config.isProduction,
          hideSchemaDetailsFromClientErrors: config.isProduction,
          includeStacktraceInErrorResponses: false,
          allowBatchedHttpRequests: false,
          formatError: createErrorFormatter({ hideSchemaDetails: config.isProduction }),
          // Caps on the document (tokens, aliases, directives, depth) — then, once the operation is known, its
          // estimated cost against GRAPHQL_MAX_COST and the caller's GRAPHQL_COST_PER_MINUTE (QueryCostPlugin).
          ...graphqlLimits(config),
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          // No HTTP cache hints are given (answers depend on the viewer and are never cached): Apollo's cache-control
          // plugin, on by default, would only run a hook on every resolved field.
          plugins: [ApolloServerPluginCacheControlDisabled()],
        }),
        AgenciesModule,
        AuthModule,
        OperationsModule,
        OperationLifecycleModule,
        OperationEvaluationModule,
        TasksModule,
        ChannelsModule,
        FilesModule,
        NotificationsModule,
        RealtimeModule,
        JurisdictionModule,
        LeadsModule,
        MatchingModule,
        StixModule,
        IndicatorsModule,
        AuditModule,
        PeopleModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }, CostBudget, QueryCostPlugin, RequestScopePlugin, InputProblemsPlugin],
    };
  }
}
