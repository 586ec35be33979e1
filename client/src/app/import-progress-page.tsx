import { t } from '@lingui/core/macro';
import { describeError } from '../messages/form-errors';
import { Link } from '../lib/router';
import { useCustomer } from '../features/customers/api/get-customer';
import { useImport } from '../features/imports/api/get-import';
import { isFinished } from '../features/imports/api/list-imports';
import { useImportEvents } from '../features/imports/api/watch-import';
import { ImportControls } from '../features/imports/components/import-controls';
import { ImportProgress } from '../features/imports/components/import-progress';
import { ImportReport } from '../features/imports/components/import-report';
import { formatWhen } from '../features/imports/components/import-wording';
import { useSession } from '../features/session/api/get-session';
import { can } from '../features/session/roles';
import { importPaths } from './import-paths';
import { paths } from './paths';
import { useScreenTitle } from './use-screen-title';
import '../styles/screens.css';

/**
 * `/imports/:id`: one import's progress and report. It reads the import, then follows its event
 * stream, so whoever left and came back sees it where it is.
 */
export function ImportProgressPage({ importId }: { importId: string }) {
  const query = useImport(importId);
  const item = query.data;
  useImportEvents(importId, Boolean(item) && !isFinished(item!.state));
  const user = useSession().data?.user;
  const customer = useCustomer(item?.customerId);
  const customerName = customer.data?.name ?? item?.customerId;
  const title = customerName ? t`Import for ${customerName}` : t`Import for many customers`;
  useScreenTitle(item && title);
  // The server refuses anyone else anyway (403): this only hides what would be refused.
  const mayControl = Boolean(
    user && item && (user.username === item.username || can(user, 'admin')),
  );

  const importer = item?.userName ?? '';
  return (
    <section className="card import-screen" aria-labelledby="import-title">
      <p className="breadcrumb">
        {item?.customerId ? (
          <Link href={paths.customer(item.customerId)}>← {customerName}</Link>
        ) : (
          <Link href={paths.customers}>← {t`Customers`}</Link>
        )}
      </p>
      {query.isPending && <p aria-live="polite">{t`Loading…`}</p>}
      {query.isError && (
        <>
          <h1 id="import-title">{t`Import not found`}</h1>
          <p role="alert" className="form-error">
            {t`This import could not be loaded.`} {describeError(query.error)}
          </p>
        </>
      )}
      {item && (
        <>
          <h1 id="import-title">{title}</h1>
          <p className="muted">
            {[
              item.fileName ?? t`Pasted rows`,
              t`by ${importer}`,
              item.startedAt && formatWhen(item.startedAt),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <ImportProgress status={item} />
          {mayControl && <ImportControls status={item} />}
          <ImportReport
            detail={item}
            newImportHref={
              item.customerId ? importPaths.forCustomer(item.customerId) : importPaths.forMany
            }
          />
        </>
      )}
    </section>
  );
}
