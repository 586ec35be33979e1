import type { ContactDraft } from './contact';

/** A valid contact as a user would type it; override what a test is about. */
export function buildContactInput(overrides: Partial<ContactDraft> = {}): ContactDraft {
  return {
    name: 'Ana Lucía Gómez',
    type: 'Buyer',
    phone: '+1 305 555 0142',
    ext: '12',
    mobile: '+1 786 555 0199',
    fax: '+1 305 555 0143',
    email: 'ana.gomez@example.com',
    description: 'Buys roses for the Miami stores',
    instantMessaging: 'whatsapp:+17865550199',
    emailPOD: true,
    ...overrides,
  };
}
