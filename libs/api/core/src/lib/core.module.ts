import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { EventBus } from './event-bus';

/** Cross-cutting providers every module may inject: the validated AppConfig and the domain event bus. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: AppConfig, useValue: config }, EventBus],
      exports: [AppConfig, EventBus],
    };
  }
}
