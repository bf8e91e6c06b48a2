import { type FieldProblem, isUuid } from '@taskforce/api-core';
import { cleanHandlingCondition, FileAttachmentKind, HandlingCode, handlingConditionProblem, TlpLabel } from '@taskforce/domain';

/** What a new upload is attached to and marked with, read from its tus `Upload-Metadata`. */
export interface UploadMetadata {
  kind: FileAttachmentKind;
  attachedId: string;
  /** As the client named it (`filename`, or `name` as some tus clients send it, when `filename` is absent or blank); '' when neither. */
  filename: string;
  tlp: TlpLabel;
  handlingCode: HandlingCode | null;
  /** The restriction H3 stands for (`cleanHandlingCondition`); null without H3. */
  handlingCondition: string | null;
}

/** Metadata refused: every field missing or malformed (`problems`, as GraphQL's `extensions.fields`), and their messages joined by "; " (`refusal`). */
export interface UploadMetadataRefusal {
  refusal: string;
  problems: FieldProblem[];
}

/**
 * Reads a tus creation's metadata (values decoded from base64; a key sent without a value reads null), or a multipart
 * upload's form fields: `attachedKind` (one of FileAttachmentKind), `attachedId` (a UUID), `tlp` (default AMBER),
 * `handlingCode` (optional), `handlingCondition` (required with H3 and refused otherwise: libs/domain
 * `handlingConditionProblem`; judged only when `handlingCode` itself is valid), `filename`.
 * Returns the metadata, or the refusal naming every field missing or malformed (each message starts with its field's
 * name). Whether the record exists and the caller may attach to it is not decided here.
 */
export function readUploadMetadata(meta: Record<string, string | null | undefined>): UploadMetadata | UploadMetadataRefusal {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const kind = meta['attachedKind'] as FileAttachmentKind;
  if (!Object.values(FileAttachmentKind).includes(kind)) problem('attachedKind', `attachedKind must be one of ${Object.values(FileAttachmentKind).join(', ')}`);
  const attachedId = meta['attachedId'] ?? '';
  if (!attachedId) problem('attachedId', 'attachedId is required: the id of the record the file is attached to');
  else if (!isUuid(attachedId)) problem('attachedId', 'attachedId must be a UUID');
  const tlp = (meta['tlp'] || TlpLabel.AMBER) as TlpLabel;
  if (!Object.values(TlpLabel).includes(tlp)) problem('tlp', 'tlp must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED');
  const handlingCode = (meta['handlingCode'] || null) as HandlingCode | null;
  const handlingCondition = cleanHandlingCondition(meta['handlingCondition']);
  if (handlingCode && !Object.values(HandlingCode).includes(handlingCode)) problem('handlingCode', 'handlingCode must be one of H0, H1, H2, H3');
  else {
    const conditionProblem = handlingConditionProblem(handlingCode, handlingCondition);
    if (conditionProblem) problem('handlingCondition', conditionProblem);
  }
  if (problems.length) return { refusal: problems.map((p) => p.message).join('; '), problems };
  const filename = [meta['filename'], meta['name']].find((value) => value?.trim()) ?? '';
  return { kind, attachedId, filename, tlp, handlingCode, handlingCondition };
}
