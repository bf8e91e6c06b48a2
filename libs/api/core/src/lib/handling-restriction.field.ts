import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { cleanHandlingRestriction, HANDLING_RESTRICTION_MAX_LENGTH, HandlingCode, handlingRestrictionProblem } from '@taskforce/domain';
import { Transform } from 'class-transformer';
import { Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

const RESTRICTION_DESCRIPTION = `The restriction handling code H3 ("other restrictions, stated by the provider") stands for: required with H3, refused with any other code or none; invisible controls removed, trimmed, at most ${HANDLING_RESTRICTION_MAX_LENGTH} characters`;

/** Checks `handlingRestriction` against the input's own `handlingCode` (libs/domain `handlingRestrictionProblem`). */
@ValidatorConstraint({ name: 'handlingRestriction' })
class HandlingRestrictionRule implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return (value == null || typeof value === 'string') && handlingRestrictionProblem((args.object as { handlingCode?: HandlingCode | null }).handlingCode, (value as string | null) ?? null) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    if (args.value != null && typeof args.value !== 'string') return 'handlingRestriction must be text';
    return handlingRestrictionProblem((args.object as { handlingCode?: HandlingCode | null }).handlingCode, args.value ?? null) ?? 'handlingRestriction is not valid';
  }
}

/**
 * Input field: the restriction of an item marked H3 (a channel message, a request for information, an evidence file's
 * marking), beside the input's `handlingCode`. Cleaned (`cleanHandlingRestriction`: invisible controls removed,
 * trimmed, null when empty), then checked against the input's handling code; messages name `handlingRestriction`.
 */
export const HandlingRestrictionField = () =>
  applyDecorators(
    Field(() => String, { nullable: true, description: RESTRICTION_DESCRIPTION }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? cleanHandlingRestriction(value) : value)),
    Validate(HandlingRestrictionRule),
  );
