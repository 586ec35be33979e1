import { plural, t } from '@lingui/core/macro';
import type { ImportPreview } from '@komet-contacts/server/contract';
import './imports.css';

/** How the rows were judged, in four numbers; each is a filter of the table below. */
export function PreviewCounts({ counts }: { counts: ImportPreview['counts'] }) {
  const ready = counts.ready;
  const fixing = counts['needs-fixing'];
  const inKomet = counts.duplicate;
  const inFile = counts['duplicate-in-file'];
  return (
    <ul className="import-counts" aria-label={t`Rows checked`}>
      <li className="badge-ok">
        {plural(ready, { one: '# ready to send', other: '# ready to send' })}
      </li>
      <li className="badge-fix">
        {plural(fixing, { one: '# needs fixing', other: '# need fixing' })}
      </li>
      <li className="badge-duplicate">
        {plural(inKomet, { one: '# already in Komet', other: '# already in Komet' })}
      </li>
      <li className="badge-duplicate">
        {plural(inFile, { one: '# repeated in the file', other: '# repeated in the file' })}
      </li>
    </ul>
  );
}
