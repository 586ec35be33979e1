import { t } from '@lingui/core/macro';
import { ApiError } from '../lib/api';
import { Link, navigate } from '../lib/router';
import { useCustomer } from '../features/customers/api/get-customer';
import { ChooseSource } from '../features/imports/components/choose-source';
import { ColumnMappingFields } from '../features/imports/components/column-mapping';
import { columnsOf, describeImportError } from '../features/imports/components/import-errors';
import { PreviewCheck } from '../features/imports/components/preview-check';
import { RecentImports } from '../features/imports/components/recent-imports';
import { useImportPreview } from '../features/imports/components/use-import-preview';
import { importPaths } from './import-paths';
import { paths } from './paths';
import { useScreenTitle } from './use-screen-title';
import '../styles/screens.css';

const noCustomerColumn = (error: unknown) =>
  error instanceof ApiError && error.problem.code === 'import-no-customer-column';

/**
 * Import contacts from a spreadsheet (issue 10): for one customer, from its page, or for many,
 * each row naming its customer. Choose a file or paste rows, check them, fix, then send.
 */
export function NewImportPage({ customerId }: { customerId?: string }) {
  const customer = useCustomer(customerId);
  const flow = useImportPreview(customerId);
  const name = customer.data?.name ?? (customerId ? t`customer ${customerId}` : '');
  const title = customerId ? t`Import contacts for ${name}` : t`Import contacts for many customers`;
  useScreenTitle(title);
  const askColumns = !flow.preview && noCustomerColumn(flow.error);
  const columns = columnsOf(flow.error);
  const headers = columns.headers ?? flow.sourceHeaders;

  return (
    <>
      <section
        className="card import-screen"
        aria-labelledby="import-title"
        aria-busy={flow.pending}
      >
        <p className="breadcrumb">
          {customerId ? (
            <Link href={paths.customer(customerId)}>← {name}</Link>
          ) : (
            <Link href={paths.customers}>← {t`Customers`}</Link>
          )}
        </p>
        <h1 id="import-title">{title}</h1>
        <p className="muted">
          {customerId
            ? t`Every row of the file becomes a contact of ${name}.`
            : t`Each row names its customer, in a column with the customer’s code or Komet id.`}{' '}
          {t`Nothing is sent to Komet until you press Start.`}
        </p>
        {flow.preview ? (
          <PreviewCheck
            flow={flow}
            manyCustomers={!customerId}
            onStarted={(status) => navigate(importPaths.one(status.id))}
          />
        ) : (
          <ChooseSource pending={flow.pending} onFile={flow.fromFile} onPaste={flow.fromPaste} />
        )}
        <p aria-live="polite" className="muted">
          {flow.pending ? t`Checking the rows…` : ''}
        </p>
        {flow.unreadable && (
          <p role="alert" className="form-error">
            {t`The file could not be read: it may have been moved or still be open in another program. Nothing was sent. Close it there and choose it again.`}
          </p>
        )}
        {flow.error && (
          <p role="alert" className="form-error">
            {describeImportError(flow.error)}
          </p>
        )}
        {askColumns && headers.length > 0 && (
          <ColumnMappingFields
            headers={headers}
            mapping={columns.mapping ?? {}}
            manyCustomers
            disabled={flow.pending}
            onChange={flow.withMapping}
          />
        )}
      </section>
      {!flow.preview && <RecentImports hrefFor={importPaths.one} />}
    </>
  );
}
