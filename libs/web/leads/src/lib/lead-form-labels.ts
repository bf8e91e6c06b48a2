import { HandlingCode, InformationCredibility, SourceReliability } from '@taskforce/domain';
import type { LeadPersonRole, RouteRole } from '@taskforce/web-data-access';
import { messageId } from '@taskforce/web-ui';

/** Message ids (catalogue `leads`) of the roles of a route stop, as the new-lead form's menu names them ("Origin"). */
export const ROUTE_ROLE_NAME_IDS: Readonly<Record<RouteRole, string>> = {
  ORIGIN: messageId('leadForm.routeRole.origin'),
  TRANSIT: messageId('leadForm.routeRole.transit'),
  DESTINATION: messageId('leadForm.routeRole.destination'),
};

/** Message ids (catalogue `leads`) of the roles of a person named in a lead. */
export const PERSON_ROLE_LABEL_IDS: Readonly<Record<LeadPersonRole, string>> = {
  SUSPECT: messageId('leadForm.personRole.suspect'),
  POTENTIAL_VICTIM: messageId('leadForm.personRole.potentialVictim'),
};

/**
 * Message ids (catalogue `leads`) of the Admiralty source-reliability grades A–F (NATO AJP-2.1 / STANAG 2511; the
 * letters themselves are never translated).
 */
export const SOURCE_RELIABILITY_LABEL_IDS: Readonly<Record<SourceReliability, string>> = {
  [SourceReliability.A]: messageId('leadForm.reliability.a'),
  [SourceReliability.B]: messageId('leadForm.reliability.b'),
  [SourceReliability.C]: messageId('leadForm.reliability.c'),
  [SourceReliability.D]: messageId('leadForm.reliability.d'),
  [SourceReliability.E]: messageId('leadForm.reliability.e'),
  [SourceReliability.F]: messageId('leadForm.reliability.f'),
};

/** Message ids (catalogue `leads`) of the Admiralty information-credibility grades 1–6, by digit. */
export const INFORMATION_CREDIBILITY_LABEL_IDS: Readonly<Record<InformationCredibility, string>> = {
  [InformationCredibility.CONFIRMED]: messageId('leadForm.credibility.1'),
  [InformationCredibility.PROBABLY_TRUE]: messageId('leadForm.credibility.2'),
  [InformationCredibility.POSSIBLY_TRUE]: messageId('leadForm.credibility.3'),
  [InformationCredibility.DOUBTFUL]: messageId('leadForm.credibility.4'),
  [InformationCredibility.IMPROBABLE]: messageId('leadForm.credibility.5'),
  [InformationCredibility.CANNOT_BE_JUDGED]: messageId('leadForm.credibility.6'),
};

/** Message ids (catalogue `leads`) of what each handling code H0–H3 means (the codes themselves stay as they are). */
export const HANDLING_CODE_TEXT_IDS: Readonly<Record<HandlingCode, string>> = {
  [HandlingCode.H0]: messageId('leadForm.handling.h0'),
  [HandlingCode.H1]: messageId('leadForm.handling.h1'),
  [HandlingCode.H2]: messageId('leadForm.handling.h2'),
  [HandlingCode.H3]: messageId('leadForm.handling.h3'),
};
