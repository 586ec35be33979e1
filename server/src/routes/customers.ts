import type { Response } from 'express';
import * as z from 'zod/mini';
import { customerIdSchema, type CustomerSearchResponse, type CustomerSummary } from '../contract';
import { allow, guardedRouter } from '../auth/access';
import { sendProblem } from '../errors';
import type { CustomerDirectory } from '../storage/customer-directory';
import { toSummary } from '../storage/customer-index';
import { parseOr400 } from './parse';

const searchQuerySchema = z.object({
  q: z._default(z.string().check(z.maxLength(200, 'At most 200 characters')), ''),
  includeInactive: z.optional(z.enum(['0', '1', 'true', 'false'], 'Use 1 or 0')),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-4]\d|50)$/, 'A number from 1 to 50'))),
});

export function customerNotFound(res: Response, customerId: string): void {
  sendProblem(res, {
    status: 404,
    code: 'unknown-customer',
    title: 'Customer not found',
    detail: `No customer ${customerId} in Komet's customer list (refreshed every few minutes).`,
  });
}

export function customersRouter(directory: CustomerDirectory) {
  const routes = guardedRouter();

  routes.get('/customers', allow('sales'), async (req, res) => {
    const query = parseOr400(searchQuerySchema, req.query);
    const index = await directory.ready();
    const body: CustomerSearchResponse = index.search(query.q, {
      includeInactive: query.includeInactive === '1' || query.includeInactive === 'true',
      limit: Number(query.limit ?? 20),
    });
    res.json(body);
  });

  routes.get('/customers/:customerId', allow('sales'), async (req, res) => {
    const customerId = parseOr400(customerIdSchema, req.params.customerId, 'customerId');
    const customer = (await directory.ready()).get(customerId);
    if (!customer) return customerNotFound(res, customerId);
    const body: CustomerSummary = toSummary(customer);
    res.json(body);
  });

  return routes;
}
