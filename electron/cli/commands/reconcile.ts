import { parseArgs } from 'node:util';
import { reconcilePark, type Reconciliation } from '../../../shared/park/reconciliation';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';
import { chooseParks } from '../parkChoice';

export const RECONCILE_USAGE = `  reconcile FILE [--park NAME] [--json]
                             plots against their ЕГРН parcels (imported Rosreestr extracts): declared area,
                             our МСК area, the difference in m² and as a share of the declared inaccuracy, the
                             largest boundary deviation in m; plots with no parcel, parcels overlapping plots
                             of other numbers, parcels with no plot`;

const m2 = (value: number | null): string => (value === null ? '—' : value.toFixed(0));

function reconciliationLines(result: Reconciliation): string[] {
  const lines = [`${result.park}: areas in ${result.crs ?? 'WGS84 (geodesic; the park has no cadastral CRS)'}`];
  lines.push(`  ${'plot'.padEnd(10)}${'cadastral number'.padEnd(22)}${'ЕГРН m²'.padStart(10)}${'± m²'.padStart(7)}${'ours m²'.padStart(10)}${'diff m²'.padStart(9)}${'of ±'.padStart(7)}${'max dev m'.padStart(11)}`);
  for (const row of result.matched) {
    const share = row.shareOfInaccuracy === null ? '—' : row.shareOfInaccuracy.toFixed(2);
    lines.push(
      `  ${row.plotCode.padEnd(10)}${row.cadastralNumber.padEnd(22)}${m2(row.declaredAreaM2).padStart(10)}${m2(row.areaInaccuracyM2).padStart(7)}${m2(row.plotAreaM2).padStart(10)}` +
        `${(row.differenceM2 === null ? '—' : `${row.differenceM2 > 0 ? '+' : ''}${row.differenceM2.toFixed(0)}`).padStart(9)}${share.padStart(7)}${row.maxDeviationM.toFixed(2).padStart(11)}`,
    );
  }
  if (result.matched.length === 0) lines.push('  (no plot has a parcel of its number)');
  for (const plot of result.plotsWithoutParcel) lines.push(`  plot ${plot.plotCode}: no parcel ${plot.cadastralNumber} among the imported extracts`);
  for (const overlap of result.parcelsOverlappingOtherPlots) {
    lines.push(`  parcel ${overlap.cadastralNumber} overlaps plot ${overlap.plotCode} (${overlap.plotCadastralNumber ?? 'no cadastral number'}) by ${overlap.overlapM2.toFixed(1)} m²`);
  }
  for (const number of result.parcelsWithoutPlot) lines.push(`  parcel ${number}: no plot carries this number`);
  return lines;
}

/** `parkplan reconcile FILE [--park NAME] [--json]`. */
export function reconcileCommand(args: readonly string[], out: (line: string) => void): void {
  const { values, positionals } = parseArgs({ args: [...args], options: { json: { type: 'boolean' }, park: { type: 'string' } }, allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('reconcile takes one project file');
  const store = openExisting(file);
  try {
    const plots = store.plots.list();
    const parcels = store.cadastralParcels.list();
    const results = chooseParks(store.parks.list(), values.park).map((park) => reconcilePark(park, plots, parcels));
    if (values.json === true) {
      out(JSON.stringify({ file, parks: results }, null, 2));
      return;
    }
    for (const result of results) for (const line of reconciliationLines(result)) out(line);
  } finally {
    store.close();
  }
}
