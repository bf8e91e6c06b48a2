import { graphql, type ResultOf } from '@taskforce/web-data-access';

/** Imports the known file of a kind from the server's data folder (platform admins only). */
export const IMPORT_DATASET_MUTATION = graphql(`
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
`);

/**
 * What an import did (one transaction, rows keyed by their natural key) — or, when `applied` is false, what it would
 * do — and the rows it refused, with line numbers. `confirmationNeeded`: the file changes or removes stored rows, so
 * nothing was written until it is imported again with `confirm`.
 */
export type DatasetImportReport = ResultOf<typeof IMPORT_DATASET_MUTATION>['importDataset'];
