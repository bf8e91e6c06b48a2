import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { cleanHandlingCondition, HANDLING_CONDITION_MAX_LENGTH, HandlingCode, handlingConditionProblem } from '@taskforce/domain';
import { Transform } from 'class-transformer';
import { Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

const RESTRICTION_DESCRIPTION = `The restriction handling code H3 ("other restrictions, stated by the provider") stands for: required with H3, refused with any other code or none; invisible controls removed, trimmed, at most ${HANDLING_CONDITION_MAX_LENGTH} characters`;

/** Checks `handlingCondition` against the input's own `handlingCode` (libs/domain `handlingConditionProblem`). */
@ValidatorConstraint({ name: 'handlingCondition' })
class HandlingConditionRule implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return (value == null || typeof value === 'string') && handlingConditionProblem((args.object as { handlingCode?: HandlingCode | null }).handlingCode, (value as string | null) ?? null) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    if (args.value != null && typeof args.value !== 'string') return 'handlingCondition must be text';
    return handlingConditionProblem((args.object as { handlingCode?: HandlingCode | null }).handlingCode, args.value ?? null) ?? 'handlingCondition is not valid';
  }
}

/**
 * Input field: the restriction of an item marked H3 (a channel message, a request for information, an evidence file's
 * marking), beside the input's `handlingCode`. Cleaned (`cleanHandlingCondition`: invisible controls removed,
 * trimmed, null when empty), then checked against the input's handling code; messages name `handlingCondition`.
 */
export const HandlingConditionField = () =>
  applyDecorators(
    Field(() => String, { nullable: true, description: RESTRICTION_DESCRIPTION }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? cleanHandlingCondition(value) : value)),
    Validate(HandlingConditionRule),
  );
