import type { Park } from '../../../shared/domain/park';
import { reportLines } from '../../services/io/import/importReport';
import { assertImportable, checkParcelImport, commitParcelImport, type ParcelImportOptions } from '../../services/io/import/parcelImport';
import { openExisting } from '../openExisting';

/*
 * `parkplan import FILE EXTRACT.xml|.zip [--crs …] [--park …] [--skip-rejected] [--dry-run]` for Rosreestr
 * extracts: the parcels go into the park's cadastral_parcels layer. The check runs on a read-only open and
 * prints the per-parcel report; the write is one transaction.
 */

/** Runs the parcel import for the chosen park; a refusal throws with the project untouched. */
export function importParcels(file: string, park: Park, options: ParcelImportOptions, dryRun: boolean, out: (line: string) => void): void {
  const reader = openExisting(file);
  try {
    const check = checkParcelImport(reader, park, options);
    for (const line of reportLines(check.report)) out(line.replace(/feature\(s\)/, 'parcel(s)'));
    assertImportable(check, options);
  } finally {
    reader.close();
  }
  if (dryRun) {
    out('Dry run: nothing was written.');
    return;
  }
  const writer = openExisting(file, false);
  try {
    const done = commitParcelImport(writer, park, options);
    out(`Imported ${done.report.written} cadastral parcel(s) into ${park.name} (layer cadastral_parcels, X/Y read in ${done.crs.label.en}).`);
  } finally {
    writer.close();
  }
}
