import { isUuid } from '@taskforce/api-core';
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

/**
 * Reads a tus creation's metadata (values decoded from base64; a key sent without a value reads null): `attachedKind`
 * (one of FileAttachmentKind), `attachedId` (a UUID), `tlp` (default AMBER), `handlingCode` (optional),
 * `handlingCondition` (required with H3 and refused otherwise: libs/domain `handlingConditionProblem`), `filename`.
 * Returns the metadata, or the text of a 400 refusal naming the first field missing or malformed. Whether the record
 * exists and the caller may attach to it is not decided here.
 */
export function readUploadMetadata(meta: Record<string, string | null | undefined>): UploadMetadata | { refusal: string } {
  const kind = meta['attachedKind'] as FileAttachmentKind;
  if (!Object.values(FileAttachmentKind).includes(kind)) return { refusal: `attachedKind must be one of ${Object.values(FileAttachmentKind).join(', ')}` };
  const attachedId = meta['attachedId'];
  if (!attachedId) return { refusal: 'attachedId is required: the id of the record the file is attached to' };
  if (!isUuid(attachedId)) return { refusal: 'attachedId must be a UUID' };
  const tlp = (meta['tlp'] || TlpLabel.AMBER) as TlpLabel;
  if (!Object.values(TlpLabel).includes(tlp)) return { refusal: 'tlp must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED' };
  const handlingCode = (meta['handlingCode'] || null) as HandlingCode | null;
  if (handlingCode && !Object.values(HandlingCode).includes(handlingCode)) return { refusal: 'handlingCode must be one of H0, H1, H2, H3' };
  const handlingCondition = cleanHandlingCondition(meta['handlingCondition']);
  const problem = handlingConditionProblem(handlingCode, handlingCondition);
  if (problem) return { refusal: problem };
  const filename = [meta['filename'], meta['name']].find((value) => value?.trim()) ?? '';
  return { kind, attachedId, filename, tlp, handlingCode, handlingCondition };
}
