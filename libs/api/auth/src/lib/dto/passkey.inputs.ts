import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType('FinishPasskeyRegistrationInput')
export class FinishPasskeyRegistrationInput {
  @Field({ description: 'A name for the passkey, e.g. "Work laptop": one line, 1–60 characters' })
  @IsString()
  @MaxLength(200, { message: 'name must be at most 60 characters' })
  name: string;

  @Field({
    description:
      "The authenticator's answer as JSON: RegistrationResponseJSON (PublicKeyCredential.toJSON() after navigator.credentials.create; what @simplewebauthn/browser's startRegistration returns)",
  })
  @IsString()
  @MaxLength(65_536, { message: 'response must be at most 65536 characters' })
  response: string;
}
