import type { ColumnMapping, ImportField } from '../contract';
import { foldText } from '../contract/fold-text';

/**
 * Headers as staff write them, in English and Spanish, folded (case, accents and punctuation
 * ignored). The first column whose header matches takes the field; a field is taken once.
 */
const NAMES: Record<ImportField, string[]> = {
  name: [
    'name',
    'contact',
    'contact name',
    'full name',
    'nombre',
    'contacto',
    'nombre completo',
    'nombre del contacto',
  ],
  type: ['type', 'contact type', 'role', 'tipo', 'tipo de contacto', 'rol', 'cargo'],
  email: [
    'email',
    'e mail',
    'mail',
    'email address',
    'correo',
    'correo electronico',
    'e mail address',
    'email del contacto',
  ],
  phone: ['phone', 'telephone', 'phone number', 'tel', 'telefono', 'numero de telefono', 'fono'],
  ext: ['ext', 'extension', 'phone extension', 'anexo', 'extension telefonica'],
  mobile: [
    'mobile',
    'cell',
    'cell phone',
    'cellphone',
    'mobile phone',
    'celular',
    'movil',
    'telefono movil',
    'telefono celular',
  ],
  fax: ['fax', 'fax number', 'numero de fax'],
  description: [
    'description',
    'notes',
    'note',
    'comments',
    'descripcion',
    'notas',
    'nota',
    'comentarios',
    'observaciones',
  ],
  instantMessaging: [
    'instant messaging',
    'im',
    'whatsapp',
    'messaging',
    'mensajeria instantanea',
    'mensajeria',
  ],
  emailPOD: [
    'pod',
    'pods',
    'email pod',
    'email pods',
    'send pod',
    'send pods',
    'proofs of delivery',
    'enviar pod',
    'enviar pods',
    'comprobantes de entrega',
  ],
  customerCode: [
    'customer code',
    'code',
    'client code',
    'codigo',
    'codigo de cliente',
    'codigo cliente',
  ],
  customerId: ['customer id', 'client id', 'id cliente', 'id de cliente', 'customerid'],
};

/** Case, accents, punctuation and spacing ignored: "Teléfono:", "TELEFONO" and "telefono" match. */
export const foldHeader = (header: string) => foldText(header.replace(/[^\p{L}\p{N}]+/gu, ' '));

const FIELD_BY_NAME = new Map<string, ImportField>(
  (Object.entries(NAMES) as [ImportField, string[]][]).flatMap(([field, names]) =>
    names.map((name) => [foldHeader(name), field] as const),
  ),
);

/** The fields the headers name, each from the first column that names it. */
export function recognizeHeaders(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, column) => {
    const field = FIELD_BY_NAME.get(foldHeader(header));
    if (field && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}
