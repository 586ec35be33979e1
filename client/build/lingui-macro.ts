import { transformAsync } from '@babel/core';
import linguiMacro from '@lingui/babel-plugin-lingui-macro';
import { getConfig } from '@lingui/conf';
import type { Plugin } from 'vite';

const MACRO = /from ['"]@lingui\/core\/macro['"]/;

/**
 * Turns Lingui's macros into calls of our runtime, before React's transform. Babel runs only on
 * the files that import a macro. The English message stays in the built code even in production:
 * it is what English users read (client/src/i18n/runtime.ts).
 */
export function linguiMacros(configPath: string): Plugin {
  const linguiConfig = getConfig({ configPath });
  return {
    name: 'komet:lingui-macro',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.tsx?$/.test(id.split('?')[0]!) || !MACRO.test(code)) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[linguiMacro, { linguiConfig, stripMessageField: false }]],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
