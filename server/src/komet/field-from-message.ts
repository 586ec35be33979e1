import { CONTACT_FIELDS } from '../contract';

// Komet's failure messages are undocumented (KOMET-API.md): attach one to a field only when it
// names exactly one, otherwise the message is shown above the Save button.
const PATTERNS: Record<string, RegExp> = {
  name: /(?<!customer\s|company\s)\bname\b/i,
  type: /\btype\b/i,
  phone: /\bphone\b/i,
  ext: /\bext(ension)?\b/i,
  mobile: /\bmobile\b/i,
  fax: /\bfax\b/i,
  email: /\be-?mail\b(?!\s*POD)/i,
  description: /\bdescription\b/i,
  instantMessaging: /\binstant\s*messaging\b/i,
  emailPOD: /\bemailPOD\b|\bPOD\b/i,
};

export function fieldFromMessage(message: string): string | undefined {
  // A message that quotes a field name ("Field 'email': …") names it outright.
  const quoted = /\bfield '(\w+)'/i.exec(message)?.[1];
  if (quoted && CONTACT_FIELDS.includes(quoted as (typeof CONTACT_FIELDS)[number])) return quoted;
  const named = CONTACT_FIELDS.filter((field) => PATTERNS[field]?.test(message));
  return named.length === 1 ? named[0] : undefined;
}
