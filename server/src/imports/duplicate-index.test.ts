import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../contract';
import { findDuplicates } from '../contract/duplicates';
import { DuplicateIndex } from './duplicate-index';

// Few values each, so that contacts share e-mails, names and numbers often, in every spelling.
const field = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
const person = fc.record({
  name: fc.constantFrom('Ana Ruiz', 'ANA  RUIZ', 'Ána Ruiz', 'Carlos Andrade', 'Marta Gil'),
  email: field(['ana@flores.example', 'ANA@flores.example ', 'carlos@rosaflor.example']),
  phone: field(['+593 2 255 0199', '593-2-255-0199', '255 0100', '12345']),
  ext: field(['12', '14', ' 12']),
  mobile: field(['+593 99 123 4567', '0991234567', '+593 2 255 0199']),
});

describe('the duplicate index', () => {
  it('when a draft is looked up, then it finds what findDuplicates finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 25 }), person, (people, draft) => {
        const contacts: Contact[] = people.map((fields, i) => ({
          id: String(i + 1),
          type: 'Buyer',
          emailPOD: false,
          ...fields,
        }));
        expect(new DuplicateIndex(contacts).find(draft)).toEqual(findDuplicates(draft, contacts));
      }),
      { numRuns: 500 },
    );
  });
});
