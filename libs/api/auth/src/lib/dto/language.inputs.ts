import { Field, InputType } from '@nestjs/graphql';
import { LANGUAGES, type Language } from '@taskforce/domain';
import { IsIn, IsString } from 'class-validator';

@InputType('SetMyLanguageInput', { description: 'The language of the web client for the signed-in person' })
export class SetMyLanguageInput {
  @Field(() => String, { description: `One of ${LANGUAGES.join(', ')} (BCP 47 primary language subtags)` })
  @IsString({ message: 'language must be a string' })
  @IsIn([...LANGUAGES], { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language: Language;
}
