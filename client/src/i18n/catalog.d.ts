// Compiled by @lingui/vite-plugin when imported (client/src/i18n/spanish.ts).
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
