import { gql, type TypedDocumentNode } from '@apollo/client';

/** The data sets under ../shared/data the API knows how to import (GraphQL enum DatasetKind). */
export type DatasetKindName = 'TIP_TIERS_CSV' | 'TIP_TIERS_XLSX' | 'PALERMO' | 'PALERMO_COUNTS' | 'GLOTIP' | 'CTDC';

/**
 * What an import did (one transaction, rows keyed by their natural key) — or, when `applied` is false, what it
 * would do — and the rows it refused, with line numbers.
 */
export interface DatasetImportReport {
  kind: DatasetKindName;
  source: string;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  applied: boolean;
  /** The file changes or removes stored rows: nothing was written until it is imported again with `confirm`. */
  confirmationNeeded: boolean;
  examples: { inserted: string[]; updated: string[]; removed: string[] };
  rejected: Array<{ line: number; sheet: string | null; reason: string }>;
}

/** Imports the known file of a kind from the server's data folder (platform admins only). */
export const IMPORT_DATASET_MUTATION: TypedDocumentNode<{ importDataset: DatasetImportReport }, { kind: DatasetKindName; confirm?: boolean }> = gql`
  mutation ImportDataset($kind: DatasetKind!, $confirm: Boolean) {
    importDataset(kind: $kind, confirm: $confirm) {
      kind
      source
      inserted
      updated
      unchanged
      removed
      applied
      confirmationNeeded
      examples {
        inserted
        updated
        removed
      }
      rejected {
        line
        sheet
        reason
      }
    }
  }
`;
