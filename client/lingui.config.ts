import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

// English is the source: its text stays in the code, so English users load no catalog and no
// Lingui runtime (the add screen's 100 kB budget). Spanish is a compiled catalog loaded on demand.
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'es'],
  catalogs: [
    {
      path: '<rootDir>/src/locales/{locale}/messages',
      include: ['<rootDir>/src'],
      // i18n/ is the runtime itself: it calls i18n._ with descriptors it did not write.
      exclude: ['**/*.test.*', '**/testing/**', '<rootDir>/src/i18n/**'],
    },
  ],
  // Without line numbers a moved line does not change the catalogs.
  format: formatter({ lineNumbers: false }),
  // The macros call our runtime, which formats English itself and hands Spanish to Lingui.
  runtimeConfigModule: ['komet-i18n', 'i18n'],
});
