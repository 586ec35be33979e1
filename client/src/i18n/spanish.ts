import { i18n } from '@lingui/core';
import { generateMessageId } from '@lingui/message-utils/generateMessageId';
import { messages } from '../locales/es/messages.po';
import type { MessageDescriptor } from './runtime';

// Lingui's runtime and the compiled catalog travel together, fetched only when Spanish is chosen.
i18n.loadAndActivate({ locale: 'es-419', locales: ['es-419', 'es'], messages });

// The build leaves the ids out of the code (client/build/lingui-macro.ts): derived here, once each.
const ids = new Map<string, string>();
function idOf({ message = '', context }: MessageDescriptor) {
  const key = `${message}\u001F${context ?? ''}`;
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = generateMessageId(message, context)));
  return id;
}

export const translate = (descriptor: MessageDescriptor) =>
  i18n._({ ...descriptor, id: descriptor.id ?? idOf(descriptor) });
