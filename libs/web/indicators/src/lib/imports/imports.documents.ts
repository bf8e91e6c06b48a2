import { gql, type TypedDocumentNode } from '@apollo/client';

/** The data sets under ../shared/data the API knows how to import (GraphQL enum DatasetKind). */
export type DatasetKindName = 'TIP_TIERS_CSV' | 'TIP_TIERS_XLSX' | 'PALERMO' | 'GLOTIP' | 'CTDC';

/** What an import did (idempotent upsert in one transaction) and the rows it refused, with line numbers. */
export interface DatasetImportReport {
  kind: DatasetKindName;
  source: string;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: Array<{ line: number; sheet: string | null; reason: string }>;
}

/** Imports the known file of a kind from the server's data folder (platform admins only). */
export const IMPORT_DATASET_MUTATION: TypedDocumentNode<{ importDataset: DatasetImportReport }, { kind: DatasetKindName }> = gql`
  mutation ImportDataset($kind: DatasetKind!) {
    importDataset(kind: $kind) {
      kind
      source
      inserted
      updated
      unchanged
      rejected {
        line
        sheet
        reason
      }
    }
  }
`;
