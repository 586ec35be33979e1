import { describe, expect, it } from 'vitest';
import { recognizeHeaders } from './header-mapping';

describe('recognizeHeaders', () => {
  it('when headers are in Spanish, with accents, case and colons as people write them, then each field is found', () => {
    expect(
      recognizeHeaders([
        'Nombre',
        'Correo',
        'TELÉFONO:',
        'Celular',
        'Tipo',
        'Descripción',
        'Ext.',
        'Enviar POD',
      ]),
    ).toEqual({
      name: 0,
      email: 1,
      phone: 2,
      mobile: 3,
      type: 4,
      description: 5,
      ext: 6,
      emailPOD: 7,
    });
  });

  it('when headers are in English, then the same fields, wherever the columns are', () => {
    expect(recognizeHeaders(['Notes', 'E-mail', 'Mobile', 'Name', 'Fax', 'WhatsApp'])).toEqual({
      description: 0,
      email: 1,
      mobile: 2,
      name: 3,
      fax: 4,
      instantMessaging: 5,
    });
  });

  it('when a file names a customer by code or id, then those columns are found too', () => {
    expect(recognizeHeaders(['Código de cliente', 'Nombre'])).toEqual({
      customerCode: 0,
      name: 1,
    });
    expect(recognizeHeaders(['Customer ID', 'Name'])).toEqual({ customerId: 0, name: 1 });
  });

  it('when a header is unknown or a field is named twice, then the unknown is left out and the first column wins', () => {
    expect(recognizeHeaders(['Birthday', 'Email', 'Correo electrónico'])).toEqual({ email: 1 });
  });
});
