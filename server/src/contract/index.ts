export * from './contact';
export * from './customer';
export * from './health';
export * from './problem';
export * from './limits';
