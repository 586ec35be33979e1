export * from './contact';
export * from './customer';
export * from './health';
export * from './problem';
export * from './limits';
export * from './contact-record';
export * from './duplicates';
export * from './fold-text';
