import { Router } from 'express';
import { contactInputSchema, customerIdSchema, type AddContactResponse } from '../contract';
import type { Komet } from '../komet/komet';
import { parseOr400 } from './parse';

export function contactsRouter(komet: Komet): Router {
  const router = Router();

  // Exactly one Komet call per saved contact, and never a retry: Komet's add is not idempotent.
  router.post('/customers/:customerId/contacts', async (req, res) => {
    const customerId = parseOr400(customerIdSchema, req.params.customerId, 'customerId');
    const contact = parseOr400(contactInputSchema, req.body ?? {});
    const saved = await komet.addContact(customerId, contact);
    const body: AddContactResponse = { contactId: saved.contactId, message: saved.message };
    res.status(201).location(`/api/customers/${customerId}/contacts/${saved.contactId}`).json(body);
  });

  return router;
}
