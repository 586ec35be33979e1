import { t } from '@lingui/core/macro';
import {
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from '@komet-contacts/server/contract';
import { i18n } from '../../../i18n/runtime';
import { IMPORT_FIELD_LABELS } from './import-wording';
import './imports.css';

interface ColumnMappingProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  /** A file for many customers: its rows name their customer by code or id. */
  manyCustomers: boolean;
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
}

const CUSTOMER_FIELDS: readonly ImportField[] = ['customerCode', 'customerId'];

/** The field each column fills: one select per column header. A field goes to one column. */
export function ColumnMappingFields({
  headers,
  mapping,
  manyCustomers,
  disabled,
  onChange,
}: ColumnMappingProps) {
  const fields = IMPORT_FIELDS.filter((field) => manyCustomers || !CUSTOMER_FIELDS.includes(field));
  const fieldOf = (column: number) => fields.find((field) => mapping[field] === column) ?? '';

  function choose(column: number, field: ImportField | '') {
    const next: ColumnMapping = {};
    for (const [name, at] of Object.entries(mapping) as [ImportField, number][]) {
      if (at !== column && name !== field) next[name] = at;
    }
    if (field) next[field] = column;
    onChange(next);
  }

  return (
    <fieldset className="column-mapping">
      <legend>{t`What each column holds`}</legend>
      {headers.map((header, column) => {
        const number = column + 1;
        return (
          <div className="field" key={column}>
            <label htmlFor={`column-${column}`}>{header || t`Column ${number}`}</label>
            <select
              id={`column-${column}`}
              value={fieldOf(column)}
              disabled={disabled}
              onChange={(event) => choose(column, event.target.value as ImportField | '')}
            >
              <option value="">{t`Don’t import`}</option>
              {fields.map((field) => (
                <option key={field} value={field}>
                  {i18n._(IMPORT_FIELD_LABELS[field])}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
