import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships without messages; the English ones cover any check we did not word ourselves.
z.config(en());

export * from './contact';
export * from './customer';
export * from './health';
export * from './problem';
export { kometLength } from './text';
