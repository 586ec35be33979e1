/** Issue 10: what one import may hold. Past either, the file is refused whole, before any row. */
export const IMPORT_LIMITS = {
  bytes: 5 * 1024 * 1024,
  rows: 5000,
} as const;

/** Why a file or paste could not be read: a code for the client to word, and the English. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  constructor(
    readonly code: 'too-large' | 'too-many-rows' | 'empty' | 'no-header',
    message: string,
  ) {
    super(message);
  }
}
