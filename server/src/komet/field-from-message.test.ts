import { describe, expect, it } from 'vitest';
import { fieldFromMessage } from './field-from-message';

describe('fieldFromMessage', () => {
  it.each([
    ["Contact type 'Logistics' is not registered in this company.", 'type'],
    ["Field 'email': At most 50 characters", 'email'],
    ["Field 'email': Enter a valid e-mail address, like name@example.com", 'email'],
    ["Field 'emailPOD' must be a boolean.", 'emailPOD'],
    ["Field 'instantMessaging': At most 200 characters", 'instantMessaging'],
    ['The phone number is not valid.', 'phone'],
  ])('when Komet says %j, then the message belongs to %s', (message, field) => {
    expect(fieldFromMessage(message)).toBe(field);
  });

  it.each([
    'Customer 12 was not found.',
    'Invalid authentication token.',
    'Customer name is required.',
    '',
  ])('when Komet says %j, then no field is named', (message) => {
    expect(fieldFromMessage(message)).toBeUndefined();
  });

  it('when a message names two fields, then it is attached to neither', () => {
    expect(fieldFromMessage("Fields 'phone' and 'fax' must not both be empty.")).toBeUndefined();
  });
});
