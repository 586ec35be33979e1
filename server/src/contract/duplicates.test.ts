import { describe, expect, it } from 'vitest';
import type { Contact } from './contact-record';
import { findDuplicates } from './duplicates';

const contact = (id: string, fields: Partial<Contact>): Contact => ({
  id,
  name: 'Someone',
  type: 'Buyer',
  ...fields,
});

const EXISTING = [
  contact('1', {
    name: 'José  Pérez',
    email: 'Jose.Perez@Rosaflor.example',
    phone: '+593 (2) 255-0101',
  }),
  contact('2', { name: 'Søren Ærø', mobile: '+45 20 12 34 56' }),
  contact('3', { name: '山田 太郎', phone: '03-1234-5678' }),
];

const reasonsFor = (draft: Parameters<typeof findDuplicates>[0], exceptId?: string) =>
  findDuplicates(draft, EXISTING, exceptId).map((match) => [match.contact.id, match.reasons]);

describe('findDuplicates', () => {
  it('when the e-mail matches ignoring case and spaces, then that contact is named with the reason', () => {
    expect(reasonsFor({ name: 'Other', email: ' jose.perez@rosaflor.EXAMPLE ' })).toEqual([
      ['1', ['email']],
    ]);
  });

  it('when a phone or mobile has the same digits however written, then it matches', () => {
    expect(reasonsFor({ name: 'Other', mobile: '593 2 2550101' })).toEqual([['1', ['phone']]]);
    expect(reasonsFor({ name: 'Other', phone: '+4520123456' })).toEqual([['2', ['phone']]]);
  });

  it('when a number has too few digits to identify anyone, then it does not match', () => {
    expect(reasonsFor({ name: 'Other', phone: '0101' })).toEqual([]);
  });

  it('when the name matches ignoring case, accents and extra spaces, then it matches', () => {
    expect(reasonsFor({ name: 'jose perez' })).toEqual([['1', ['name']]]);
    expect(reasonsFor({ name: 'SØREN ÆRØ' })).toEqual([['2', ['name']]]);
  });

  it('when a non-Latin name matches with different spacing, then it matches', () => {
    expect(reasonsFor({ name: '山田  太郎' })).toEqual([['3', ['name']]]);
    expect(reasonsFor({ name: '山田 次郎' })).toEqual([]);
  });

  it('when the same switchboard number has another extension, then it is someone else', () => {
    const switchboard = [contact('9', { name: 'Front Desk', phone: '+593 2 255 0101', ext: '14' })];
    const reasons = (ext: string | undefined) =>
      findDuplicates({ name: 'New', phone: '+593 2 255 0101', ext }, switchboard).length;
    expect(reasons('15')).toBe(0);
    expect(reasons('14')).toBe(1);
    expect(reasons(undefined)).toBe(1);
  });

  it('when letters without a base letter differ only in case, then names still match', () => {
    expect(reasonsFor({ name: 'soren aero' })).toEqual([['2', ['name']]]);
  });

  it('when e-mail and name match but the phone does not, then exactly those reasons are listed', () => {
    expect(
      reasonsFor({
        name: 'José Pérez',
        email: 'jose.perez@rosaflor.example',
        phone: '2550101 593',
      }),
    ).toEqual([['1', ['email', 'name']]]);
  });

  it('when the contact being edited is excluded, then it does not match itself', () => {
    expect(reasonsFor({ name: 'José Pérez' }, '1')).toEqual([]);
  });
});
