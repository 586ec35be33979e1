import { afterEach, describe, expect, it } from 'vitest';
import {
  contactInputSchema,
  createUserRequestSchema,
  customerIdSchema,
  displayNameSchema,
  passwordSchema,
  signInRequestSchema,
  type ContactDraft,
} from '@komet-contacts/server/contract';
import { setLocale } from '../i18n/runtime';
import { fieldError, withWordedFields } from './field-errors';

// Every message the shared contract puts under a field, as the forms and the server produce them.
function contractMessages(): string[] {
  const contacts: unknown[] = [
    {},
    { name: 'x'.repeat(201), type: 7, email: 'not-an-address', emailPOD: 'yes' },
  ];
  const users: unknown[] = [
    {},
    { username: '', name: '', role: 'boss', password: 'short' },
    { username: '-Ana', name: 'x'.repeat(101), role: 'sales', password: 'x'.repeat(201) },
  ];
  const issues = [
    ...contacts.flatMap(
      (input) => contactInputSchema.safeParse(input as ContactDraft).error?.issues ?? [],
    ),
    ...(customerIdSchema.safeParse('').error?.issues ?? []),
    ...users.flatMap((input) => createUserRequestSchema.safeParse(input).error?.issues ?? []),
    ...(displayNameSchema.safeParse(' ').error?.issues ?? []),
    ...(passwordSchema.safeParse(undefined).error?.issues ?? []),
    ...(signInRequestSchema.safeParse({}).error?.issues ?? []),
  ];
  return [...new Set(issues.map((issue) => issue.message))];
}

afterEach(() => setLocale('en'));

describe('field messages', () => {
  it('come from the contract in English and are shown as they are', () => {
    const messages = contractMessages();
    expect(messages).toEqual(
      expect.arrayContaining([
        'Required',
        'At most 200 characters',
        'Choose a customer',
        'Enter a username',
        'At least 10 characters',
        'Enter your username',
      ]),
    );
    for (const message of messages) expect(fieldError(message)).toBe(message);
  });

  it('are all worded in Spanish when Spanish is chosen, in forms and in server answers', async () => {
    await setLocale('es');
    for (const message of contractMessages()) {
      expect(fieldError(message), message).not.toBe(message);
    }
    expect(fieldError('At most 40 characters')).toBe('Máximo 40 caracteres');
    const problem = {
      type: 'x',
      title: 'x',
      status: 400,
      detail: '',
      fieldErrors: { name: ['Required'] },
    };
    expect(withWordedFields(problem).fieldErrors).toEqual({ name: ['Obligatorio'] });
  });

  it('leave a message they do not know as it came', () => {
    expect(fieldError('Someone already has that username.')).toBe(
      'Someone already has that username.',
    );
  });
});
