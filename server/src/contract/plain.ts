// The contract's zod-free part: what the browser needs before the validation code has loaded.
export * from './duplicates';
export * from './fold-text';
export * from './limits';
export * from './roles';
