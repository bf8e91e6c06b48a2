import { Field, FieldMiddleware, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IndicatorKind, suppressedLabelThreshold } from '@taskforce/domain';
import { DatasetKind } from '../imports/dataset-import';

/** Dimensions a table can be broken down by (GraphQL names of the domain's dimension keys). */
export enum IndicatorDimension {
  SEX = 'SEX',
  AGE_GROUP = 'AGE_GROUP',
  /** CTDC age bands (0-8, 9-17, 18-20, …, 48+). */
  AGE_BAND = 'AGE_BAND',
  CITIZENSHIP = 'CITIZENSHIP',
  COUNTRY_OF_EXPLOITATION = 'COUNTRY_OF_EXPLOITATION',
  /** Region of citizenship as the source names it (CTDC: Africa, Americas/Oceania, Asia, Europe). */
  CITIZENSHIP_REGION = 'CITIZENSHIP_REGION',
  /** Region of the country of exploitation as the source names it (CTDC regions). */
  EXPLOITATION_REGION = 'EXPLOITATION_REGION',
  FORM_OF_EXPLOITATION = 'FORM_OF_EXPLOITATION',
  YEAR = 'YEAR',
}

registerEnumType(IndicatorKind, { name: 'IndicatorKind', description: 'What a case-level record counts towards' });
registerEnumType(IndicatorDimension, {
  name: 'IndicatorDimension',
  description: 'A variable a table is broken down by. CITIZENSHIP_REGION and EXPLOITATION_REGION are the regions a source stores (CTDC has regions only, no countries); records entered by agencies store countries, so their regions read UNKNOWN',
});
registerEnumType(DatasetKind, { name: 'DatasetKind', description: 'A public data set under ../shared/data an admin can import' });

/** The domain marks only perturbed figures (`perturbed: true`); every other figure is exact. */
const falseWhenAbsent: FieldMiddleware = async (_ctx, next) => (await next()) === true;

/** The k of a suppressed figure, from the label the domain gave it (`suppressedLabel`); null for a shown figure. */
const thresholdOfLabel: FieldMiddleware = async ({ source }) => {
  const figure = source as { suppressed?: boolean; label?: string };
  return figure.suppressed && typeof figure.label === 'string' ? suppressedLabelThreshold(figure.label) : null;
};

@ObjectType('ShownFigure', { description: 'A figure as it may be shown: the count, or null with "suppressed (< k)"' })
export class ShownFigureModel {
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field() suppressed!: boolean;
  @Field({ description: 'The count as text, or "suppressed (< k)" (English: logs, exports, API clients)' }) label!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The threshold k of a suppressed figure, from which clients write "suppressed (< k)" in their reader’s language; null for a shown figure',
    middleware: [thresholdOfLabel],
  })
  threshold?: number | null;
  @Field(() => Boolean, {
    description:
      'True when the count carries cell-key noise (usually 0 or ±1 record, at most ±10: figures of other agencies\' records in two-way tables, flows and age bands, docs/disclosure-control.md). One-way figures and totals are exact.',
    middleware: [falseWhenAbsent],
  })
  perturbed?: boolean;
}

@ObjectType()
export class IndicatorCellModel extends ShownFigureModel {
  @Field(() => [String], { description: 'One category per dimension, in the order of `dimensions`' }) key!: string[];
  @Field(() => Int, {
    nullable: true,
    description:
      "How many of the cell's records the viewer's agency recorded (agency-entered records; null when none). The viewer knows them already, so it is given even when the figure is suppressed: a figure the protection hides never hides the viewer's own work",
  })
  ownCount!: number | null;
}

@ObjectType()
export class PercentageRowModel {
  @Field() category!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Number, { nullable: true, description: 'Share of the records where the variable is known, 0–100' }) percent!: number | null;
}

@ObjectType({ description: 'Percentages of a one-dimensional table, over the records where the variable is known' })
export class PercentagesModel {
  @Field(() => [PercentageRowModel]) rows!: PercentageRowModel[];
  @Field(() => Int, { nullable: true }) denominator!: number | null;
  @Field(() => Int, { nullable: true }) unknown!: number | null;
  @Field({ description: 'The sentence to show beside the percentages' }) note!: string;
}

@ObjectType({ description: 'One row of row percentages: shares of the known values of the second variable' })
export class RowPercentageRowModel {
  @Field({ description: 'A category of the first dimension (UNKNOWN included), or TOTAL for the row over every record' }) category!: string;
  @Field(() => Int, { nullable: true, description: "The row's records where the second variable is known; null when it would reveal a suppressed figure" })
  denominator!: number | null;
  @Field(() => Int, { nullable: true, description: "The row's records where the second variable is unknown; null when suppressed" }) unknown!: number | null;
  @Field(() => [Number], { nullable: 'items', description: 'One share (0–100) per entry of `columns`; null for a suppressed cell or a withheld row' })
  percents!: Array<number | null>;
}

@ObjectType({ description: 'Row percentages of a two-way table over the known values of the second variable (suppressed figures give none)' })
export class RowPercentagesModel {
  @Field(() => [String], { description: 'The known categories of the second dimension (UNKNOWN left out), in table order' }) columns!: string[];
  @Field(() => [RowPercentageRowModel], { description: 'One per category of the first dimension, in table order' }) rows!: RowPercentageRowModel[];
  @Field(() => RowPercentageRowModel, { description: 'The column totals over the grand total (category TOTAL)' }) total!: RowPercentageRowModel;
  @Field({ description: 'The sentence to show beside the percentages' }) note!: string;
}

@ObjectType({ description: 'An indicator broken down by one or two dimensions, protected for the viewer' })
export class IndicatorTableModel {
  @Field() source!: string;
  @Field(() => IndicatorKind) indicator!: IndicatorKind;
  @Field(() => [IndicatorDimension]) dimensions!: IndicatorDimension[];
  @Field(() => [[String]], { description: 'Categories of each dimension, in display order (UNKNOWN last)' }) categories!: string[][];
  @Field(() => [IndicatorCellModel], { description: 'Every combination, zeros included, row-major' }) cells!: IndicatorCellModel[];
  @Field(() => [ShownFigureModel], { description: 'Total of each category of the first dimension' }) rowTotals!: ShownFigureModel[];
  @Field(() => [ShownFigureModel], { description: 'Total of each category of the second dimension (empty for 1-D)' }) columnTotals!: ShownFigureModel[];
  @Field(() => ShownFigureModel) total!: ShownFigureModel;
  @Field(() => Int) k!: number;
  @Field({ description: "True when every record is your agency's: exact counts, nothing suppressed" }) viewerIsOwner!: boolean;
  @Field(() => PercentagesModel, { nullable: true, description: 'One-dimensional tables only' }) percentages!: PercentagesModel | null;
  @Field(() => RowPercentagesModel, { nullable: true, description: 'Two-dimensional tables only: row percentages of the known values of the second dimension' })
  rowPercentages!: RowPercentagesModel | null;
  @Field({ description: 'Cite under every chart or export' }) citation!: string;
}

@ObjectType('FormNamedRow', { description: 'One form of exploitation: records naming it alone, and records naming it at all' })
export class FormNamedRowModel {
  @Field({ description: 'A FormOfExploitation value' }) form!: string;
  @Field(() => ShownFigureModel, { description: 'Records naming this form and no other (the cell of the single-form breakdown)' }) alone!: ShownFigureModel;
  @Field(() => ShownFigureModel, { description: 'Records naming this form, alone or with others; overlapping: a record naming two forms counts under both' })
  named!: ShownFigureModel;
}

@ObjectType('FormsNamedTable', {
  description:
    'Records naming each form of exploitation (multiple counting: the figures overlap and do not add up to the total), beside the single-form breakdown they overlap, protected for the viewer so that neither can be differenced against the other',
})
export class FormsNamedTableModel {
  @Field() source!: string;
  @Field(() => IndicatorKind) indicator!: IndicatorKind;
  @Field(() => [FormNamedRowModel], { description: 'Every form some record names, in the order of FormOfExploitation' }) rows!: FormNamedRowModel[];
  @Field(() => ShownFigureModel, { description: 'Records naming several forms (MULTIPLE of the single-form breakdown)' }) severalForms!: ShownFigureModel;
  @Field(() => ShownFigureModel, { description: 'Records naming no form (UNKNOWN)' }) unknown!: ShownFigureModel;
  @Field(() => ShownFigureModel, { description: 'Every record once' }) total!: ShownFigureModel;
  @Field(() => Int) k!: number;
  @Field({ description: "True when every record is your agency's: exact counts, nothing suppressed" }) viewerIsOwner!: boolean;
  @Field({ description: 'The sentence to show beside the figures: they overlap and do not add up to the total' }) note!: string;
  @Field({ description: 'Cite under every chart or export' }) citation!: string;
}

@ObjectType()
export class RejectedRowModel {
  @Field(() => Int) line!: number;
  @Field(() => String, { nullable: true }) sheet!: string | null;
  @Field() reason!: string;
}

@ObjectType('DatasetImportChanges', { description: 'Up to 10 natural keys of each kind of change' })
export class DatasetImportChangesModel {
  @Field(() => [String]) inserted!: string[];
  @Field(() => [String]) updated!: string[];
  @Field(() => [String]) removed!: string[];
}

@ObjectType({
  description:
    'Outcome of an import (one transaction, rows keyed by their natural key, never their line): what it did, or — when applied is false — what it would do',
})
export class DatasetImportReportModel {
  @Field(() => DatasetKind) kind!: DatasetKind;
  @Field() source!: string;
  @Field(() => Int) inserted!: number;
  @Field(() => Int, { description: 'Stored rows whose facts the file changes' }) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int, { description: 'Stored rows of this source the file no longer has' }) removed!: number;
  @Field(() => [RejectedRowModel]) rejected!: RejectedRowModel[];
  @Field({ description: 'False for a preview awaiting confirmation, or when the file had no usable row' }) applied!: boolean;
  @Field({ description: 'The file changes or removes stored rows: nothing was written; import again with confirm: true' }) confirmationNeeded!: boolean;
  @Field(() => DatasetImportChangesModel) examples!: DatasetImportChangesModel;
}
