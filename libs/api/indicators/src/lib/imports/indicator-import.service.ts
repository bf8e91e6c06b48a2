import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { badInput, notFound } from '@taskforce/api-core';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { DatasetImportOptions, DatasetImportReport, DatasetKind, DEFAULT_FILES, importDataset } from './dataset-import';

/** The folder holding the public data sets: PUBLIC_DATA_DIR, else `../shared/data` beside the working directory. */
export function dataDir(): string {
  return resolve(process.env.PUBLIC_DATA_DIR ?? resolve(process.cwd(), '../shared/data'));
}

/** Imports the public data sets (see dataset-import.ts) into the database the API uses. */
@Injectable()
export class IndicatorImportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Resolves `path` (relative, inside the data folder; default: the kind's known file) and imports it. Paths
   * leaving the data folder are refused: the API never reads arbitrary files.
   */
  async importKnown(kind: DatasetKind, path?: string | null, options: DatasetImportOptions = {}): Promise<DatasetImportReport> {
    const base = dataDir();
    const file = resolve(base, path ?? DEFAULT_FILES[kind]);
    const rel = relative(base, file);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw badInput([{ field: 'path', message: 'must be a file inside the data folder' }]);
    if (!existsSync(file)) throw notFound('Data file');
    return this.importFile(kind, file, options);
  }

  /** Imports any file (CLI and tests). */
  importFile(kind: DatasetKind, file: string, options: DatasetImportOptions = {}): Promise<DatasetImportReport> {
    return importDataset(this.db, kind, file, options);
  }
}
