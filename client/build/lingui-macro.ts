import { transformAsync, transformFromAstAsync, type PluginObj, type types } from '@babel/core';
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
      const options = {
        filename: id,
        babelrc: false,
        configFile: false,
        parserOpts: { plugins: ['typescript', 'jsx'] as ['typescript', 'jsx'] },
      };
      const macros = await transformAsync(code, {
        ...options,
        ast: true,
        code: false,
        plugins: [[linguiMacro, { linguiConfig, stripMessageField: false }]],
      });
      if (!macros?.ast) return null;
      const result = await transformFromAstAsync(macros.ast, code, {
        ...options,
        sourceMaps: true,
        plugins: [withoutIds],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

/**
 * Drops the id Lingui derives from a message's text, when the text is there: a hash of six
 * characters per message that gzip cannot shrink, costing the first screen bytes no English user
 * needs. The Spanish runtime derives it again with Lingui's own function (client/src/i18n/spanish.ts).
 * A descriptor left with its message alone becomes that message: `i18n._` takes either.
 */
const withoutIds: PluginObj = {
  visitor: {
    ObjectExpression(path) {
      const key = (property: types.Node) =>
        property.type === 'ObjectProperty' && property.key.type === 'Identifier'
          ? property.key.name
          : undefined;
      const properties = path.node.properties;
      const message = properties.find((property) => key(property) === 'message');
      if (!message) return;
      const rest = properties.filter((property) => key(property) !== 'id');
      if (
        rest.length === 1 &&
        message.type === 'ObjectProperty' &&
        message.value.type === 'StringLiteral'
      ) {
        path.replaceWith(message.value);
      } else path.node.properties = rest;
    },
  },
};
