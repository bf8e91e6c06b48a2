import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@taskforce/api-core';
import { DataSource } from 'typeorm';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** 200 `{ status: 'ok' }` when the database answers; 503 otherwise. */
  @Public()
  @Get()
  @HttpCode(200)
  async health(): Promise<{ status: string }> {
    try {
      await this.db.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'database unreachable' });
    }
  }
}
