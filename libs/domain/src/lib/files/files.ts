import sanitize from 'sanitize-filename';
import { stripInvisibleControls } from '../text/invisible-controls';

/** What a file is attached to. A file is readable by exactly those who may read that record. */
export enum FileAttachmentKind {
  OPERATION = 'OPERATION',
  TASK = 'TASK',
  INFORMATION_REQUEST = 'INFORMATION_REQUEST',
  OPERATION_MESSAGE = 'OPERATION_MESSAGE',
  LEAD = 'LEAD',
}

/**
 * Whether a reader of a lead also reads the files attached to it, given how it reads the lead: its originating agency
 * always (`share` null); a recipient only when its share removes nothing. A file may hold anything (a statement, a
 * phone extraction, photographs) and nothing tells which data categories are in it, so a file goes with the lead's
 * free-text details: a share that removes any category (ALLOW_REDACTED) withholds both.
 */
export function leadFilesReadable(share: { redactedCategories: readonly string[] } | null): boolean {
  return share === null || share.redactedCategories.length === 0;
}

/**
 * Whether a file may be moved from what it is attached to onto another record, by `actor`: only by its uploader
 * (moving changes who reads it, which is the uploader's agency's choice as originator of the file), and never off a
 * lead (what leaves a lead goes through the sharing decision, not through a re-attachment).
 */
export function canReattachFile(actor: { userId: string }, file: { uploadedById: string; attachedKind: FileAttachmentKind }): boolean {
  return actor.userId === file.uploadedById && file.attachedKind !== FileAttachmentKind.LEAD;
}

/** DEL (U+007F) and the C1 controls (U+0080–U+009F), which `sanitize-filename` leaves in part: replaced like C0. */
const DEL_AND_C1_CONTROLS = /[\u007F-\u009F]/g;

/** Longest stored file name, in characters (Unicode code points). */
export const FILE_NAME_MAX_LENGTH = 200;

/** Longest extension a shortened file name keeps, its dot included, in characters (`.xlsx` is 5). */
export const FILE_EXTENSION_MAX_LENGTH = 16;

/** Longest stored file name in UTF-8 bytes, what common file systems (ext4, NTFS, APFS) hold in one name. */
export const FILE_NAME_MAX_BYTES = 255;

/**
 * The name a file is stored and offered under: the last path segment of what the uploader's system sent, without its
 * invisible controls (`stripInvisibleControls`: the bidirectional overrides, embeddings and isolates that can disguise
 * `exe.pdf` as `fdp.exe`, zero-width spaces, word joiners, byte-order marks), then with characters no file system
 * accepts and control characters (C0, DEL, C1: U+0000–U+001F, U+007F–U+009F) replaced by `_` (`sanitize-filename`);
 * `file` when nothing but dots, underscores and spaces is left. A name over FILE_NAME_MAX_LENGTH characters or
 * FILE_NAME_MAX_BYTES UTF-8 bytes keeps its extension (from the last dot, when it is at most FILE_EXTENSION_MAX_LENGTH
 * characters with the dot and something comes before it) and loses the end of its base name: `<250 × x>.jpg` is
 * stored as `<196 × x>.jpg`; without such an extension the name is cut to fit.
 */
export function storedFileName(sent: string): string {
  const last = sent.split(/[\\/]/).pop() ?? '';
  const text = stripInvisibleControls(last).replace(DEL_AND_C1_CONTROLS, '_').trim();
  // Shortened first: sanitize-filename would cut at 255 bytes wherever that falls, the extension included.
  const cleaned = sanitize(shortened(Array.from(text)), { replacement: '_' }).trim();
  return /^[._\s]*$/.test(cleaned) ? 'file' : cleaned;
}

/** `chars` within FILE_NAME_MAX_LENGTH characters and FILE_NAME_MAX_BYTES bytes, keeping a short extension (see `storedFileName`). */
function shortened(chars: string[]): string {
  const bytes = (part: string[]) => part.reduce((n, c) => n + utf8Length(c), 0);
  if (chars.length <= FILE_NAME_MAX_LENGTH && bytes(chars) <= FILE_NAME_MAX_BYTES) return chars.join('');
  const dot = chars.lastIndexOf('.');
  const extension = dot > 0 && chars.length - dot <= FILE_EXTENSION_MAX_LENGTH ? chars.slice(dot) : [];
  const base: string[] = [];
  let used = bytes(extension);
  for (const c of chars.slice(0, chars.length - extension.length)) {
    used += utf8Length(c);
    if (base.length + extension.length >= FILE_NAME_MAX_LENGTH || used > FILE_NAME_MAX_BYTES) break;
    base.push(c);
  }
  return [...base, ...extension].join('');
}

/** UTF-8 length in bytes of one code point `c` (RFC 3629: 1 to 4 bytes). */
function utf8Length(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Shortest and longest reason for deleting a file's content, in characters (after cleaning and trimming). */
export const FILE_DELETION_REASON_LENGTH = { min: 3, max: 500 } as const;

/**
 * What is wrong with a reason for deleting a file's content, as the API refuses it (field `reason`), or null when it
 * is fine: `reason` without invisible controls (`stripInvisibleControls`) and trimmed must be 3–500 characters.
 */
export function fileDeletionReasonProblem(reason: string): string | null {
  const length = Array.from(stripInvisibleControls(reason).trim()).length;
  if (length < FILE_DELETION_REASON_LENGTH.min) return `reason must be at least ${FILE_DELETION_REASON_LENGTH.min} characters: why the content is deleted`;
  if (length > FILE_DELETION_REASON_LENGTH.max) return `reason must be at most ${FILE_DELETION_REASON_LENGTH.max} characters`;
  return null;
}

/** Content types a browser could render as a page or run script from: never sent as such. */
const ACTIVE_CONTENT = /^(text\/html|application\/xhtml\+xml|image\/svg\+xml|application\/xml|text\/xml|application\/javascript|text\/javascript|application\/pdf)$/i;

/**
 * The Content-Type a download is sent with, from the type detected in its content (never the name): the detected type,
 * except HTML, XHTML, SVG, XML, script and PDF, and anything undetected, which go as `application/octet-stream`. With
 * `Content-Disposition: attachment` and `X-Content-Type-Options: nosniff`, nothing uploaded is ever shown inline.
 */
export function downloadContentType(detected: string | null): string {
  if (!detected || ACTIVE_CONTENT.test(detected)) return 'application/octet-stream';
  return detected;
}
