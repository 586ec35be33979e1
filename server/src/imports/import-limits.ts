export { IMPORT_LIMITS } from '../contract/imports';

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
