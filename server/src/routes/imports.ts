import { importRequestSchema, type ImportPreview } from '../contract';
import { allow, guardedRouter } from '../auth/access';
import type { Storage } from '../db/storage';
import { previewImport } from '../imports/preview';
import { utcDay } from '../komet/metered-komet';
import type { ContactCache } from '../storage/contact-cache';
import type { CustomerDirectory } from '../storage/customer-directory';
import { parseOr400 } from './parse';

export interface ImportRouteDeps {
  directory: CustomerDirectory;
  cache: ContactCache;
  contactTypes: readonly string[];
  storage: Pick<Storage, 'kometCalls'>;
  dailyCalls: number;
  now: () => number;
}

/** Issue 10, in progress: the preview. Starting, progress and the report come next. */
export function importsRouter(deps: ImportRouteDeps) {
  const routes = guardedRouter();

  routes.post('/imports', allow('sales'), async (req, res) => {
    const request = parseOr400(importRequestSchema, req.body);
    const body: ImportPreview = await previewImport(request, {
      customers: await deps.directory.ready(),
      contactsOf: async (customerId) => {
        const fromKomet = deps.cache.peek(customerId) === undefined;
        return { contacts: (await deps.cache.list(customerId)).contacts, fromKomet };
      },
      configuredTypes: deps.contactTypes,
      usage: async () => {
        const usage = await deps.storage.kometCalls.usage(utcDay(deps.now()), deps.dailyCalls);
        return { usedToday: usage.total, dailyLimit: deps.dailyCalls };
      },
    });
    res.json(body);
  });

  return routes;
}
