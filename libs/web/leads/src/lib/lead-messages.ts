import { DataCategory, SharingPurpose } from '@taskforce/domain';
import type { Translate } from '@taskforce/web-data-access';
import { formatList, labelFrom, messageId } from '@taskforce/web-ui';

/** Message ids (catalogue `leads`) of the personal-data categories (lower case: they are read inside sentences). */
export const DATA_CATEGORY_LABEL_IDS: Readonly<Record<DataCategory, string>> = {
  [DataCategory.VICTIM_PERSONAL_DATA]: messageId('lead.category.victimPersonalData'),
  [DataCategory.SUSPECT_PERSONAL_DATA]: messageId('lead.category.suspectPersonalData'),
  [DataCategory.HEALTH_DATA]: messageId('lead.category.healthData'),
  [DataCategory.FINANCIAL_DATA]: messageId('lead.category.financialData'),
  [DataCategory.LOCATION_DATA]: messageId('lead.category.locationData'),
  [DataCategory.COMMUNICATIONS_DATA]: messageId('lead.category.communicationsData'),
};

/** Message ids (catalogue `leads`) of the sharing purposes. */
export const SHARING_PURPOSE_LABEL_IDS: Readonly<Record<SharingPurpose, string>> = {
  [SharingPurpose.INVESTIGATION]: messageId('lead.purpose.investigation'),
  [SharingPurpose.PROSECUTION]: messageId('lead.purpose.prosecution'),
  [SharingPurpose.VICTIM_ASSISTANCE]: messageId('lead.purpose.victimAssistance'),
  [SharingPurpose.PREVENTION]: messageId('lead.purpose.prevention'),
  [SharingPurpose.ANALYSIS]: messageId('lead.purpose.analysis'),
};

/**
 * Data categories in words, joined as the shown language joins a list ("victim personal data, health data and
 * financial data"; Intl.ListFormat in the format locale, British English for English); '' for none. Unknown
 * categories show as their code.
 */
export function categoryListText(translate: Translate, categories: readonly string[]): string {
  return formatList(categories.map((category) => labelFrom(translate, DATA_CATEGORY_LABEL_IDS, category)));
}
