import type { EvidenceFileEntity } from './evidence-file.entity';

/** Why a file's content is gone: "The content of this file was deleted on 2026-12-31 10:00 UTC: retention period ended". */
export function deletedText(file: EvidenceFileEntity): string {
  return `The content of this file was deleted on ${file.contentDeletedAt?.toISOString().slice(0, 16).replace('T', ' ')} UTC: ${file.contentDeletedReason ?? 'deleted'}`;
}

/**
 * A storage failure in words for the log: an Error's message, a tus error's text (tus stores reject with
 * `{ status_code, body }`, e.g. "The file for this url was not found"), S3's error code, or the value as JSON.
 */
export function storageErrorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  const { body, Code, code } = (error ?? {}) as { body?: unknown; Code?: unknown; code?: unknown };
  if (typeof body === 'string' && body.trim()) return body.trim();
  if (typeof Code === 'string') return Code;
  if (typeof code === 'string') return code;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}
