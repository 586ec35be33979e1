import { i18n } from '@lingui/core';
import { messages } from '../locales/es/messages.po';
import type { MessageDescriptor } from './runtime';

// Lingui's runtime and the compiled catalog travel together, fetched only when Spanish is chosen.
i18n.loadAndActivate({ locale: 'es-419', locales: ['es-419', 'es'], messages });

export const translate = (descriptor: MessageDescriptor) => i18n._(descriptor);
