import type { ParkBalanceSheet } from '../../../shared/contract/reportViews';
import { cadastralCrsOf } from '../../../shared/crs/cadastralCrs';
import { formatMessage, message, type MessageKey } from '../../../shared/messages/message';
import { LAND_PART_TERMS, LAND_PARTS } from '../../../shared/park/landParts';
import { RESIDENT_STATUSES } from '../../../shared/domain/resident';

const ha = (value: number): string => `${value.toFixed(4).padStart(10)} ha`;
const amount = (value: number | null): string =>
  value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
const km = (metres: number): string => `${(metres / 1000).toFixed(2)} km`;

/** How the areas are measured, for a report's heading. */
export const areaBasis = (crs: string | null): string => {
  const named = cadastralCrsOf(crs);
  return named === null ? 'geodesic, WGS84' : `planar in ${named.shortLabel.en}`;
};
const term = (key: MessageKey): string => formatMessage('en', message(key));

/** One park's balance sheet as the lines of a plain-text report, for a terminal or a printout. */
export function balanceSheetLines(sheet: ParkBalanceSheet, illustrative: boolean): string[] {
  const land = sheet.landBalance;
  const lines = [`${sheet.park}${illustrative ? '  (illustrative data)' : ''}`, `  Land balance (${areaBasis(sheet.areaCrs)})`];
  // The glossary's own words and definitions, so the figures read as the header and the dashboard label them.
  const row = (key: MessageKey, value: string) => `    ${term(key).padEnd(24)} ${value}   (${term(`${key}.means` as MessageKey)})`;
  lines.push(row('land.parkArea', ha(land.parkAreaHa)));
  for (const part of LAND_PARTS) lines.push(row(LAND_PART_TERMS[part], ha(land.parts[part])));
  lines.push(row('land.residentLand', ha(land.residentLandHa)));
  lines.push(row('land.occupied', ha(land.occupiedHa)));
  lines.push(row('land.occupancy', sheet.occupancyPct === null ? '—' : `${sheet.occupancyPct.toFixed(1).padStart(10)} %`));
  if (land.outsidePlots.length > 0) {
    lines.push(row('land.outside', ha(land.outsideHa)));
    for (const plot of land.outsidePlots) {
      lines.push(`      ! ${plot.code}: ${plot.outsideM2.toFixed(0)} m² outside the park boundary${plot.wholly ? ' (wholly outside)' : ''}`);
    }
  }

  lines.push('  Utilities                    capacity   requested    approved   connected     reserve (capacity − requested − approved − connected)');
  if (sheet.utilities.length === 0) lines.push('    none recorded');
  for (const row of sheet.utilities) {
    const figures = [row.capacity, row.requested, row.approved, row.connected, row.reserve].map((value) => amount(value).padStart(11)).join(' ');
    lines.push(`    ${`${row.network} (${row.unit})`.padEnd(20)}${figures}${row.overCommitted ? '   ! approved + connected exceed capacity' : ''}`);
  }

  const plotsChecked = sheet.railAccess.plots.length;
  lines.push(`  Rail: ${sheet.railServedPlots.count} of ${plotsChecked} resident plots within ${sheet.railThresholdM} m of a spur`);
  if (sheet.railServedPlots.count > 0) lines.push(`    served: ${sheet.railServedPlots.codes.join(', ')}`);
  for (const spur of sheet.railAccess.spurs) {
    lines.push(`    ${spur.name} (${spur.status}): ${km(spur.lengthM)}, serves ${spur.servedPlotCodes.length} plots`);
  }

  lines.push(`  Protection zones: ${sheet.protectionZones.length === 0 ? 'no plot reaches into one' : `${sheet.protectionZones.length} overlaps`}`);
  const byNetwork = new Map<string, ParkBalanceSheet['protectionZones'][number][]>();
  for (const conflict of sheet.protectionZones) byNetwork.set(conflict.network, [...(byNetwork.get(conflict.network) ?? []), conflict]);
  for (const [network, conflicts] of byNetwork) {
    const areaM2 = conflicts.reduce((sum, conflict) => sum + conflict.overlapM2, 0);
    const codes = [...new Set(conflicts.map((conflict) => conflict.plotCode))];
    lines.push(`    ${network.padEnd(8)} ${String(codes.length).padStart(3)} plots, ${areaM2.toFixed(0).padStart(7)} m² inside the zones: ${codes.join(', ')}`);
  }

  lines.push(`  Residents: ${RESIDENT_STATUSES.map((status) => `${status} ${sheet.residents[status]}`).join(', ')}`);
  if (sheet.sectors.length > 0) lines.push('  Sectors                                        area        jobs   investment, M RUB');
  for (const sector of sheet.sectors) {
    const name = sector.sector.length > 40 ? `${sector.sector.slice(0, 39)}…` : sector.sector;
    lines.push(`    ${name.padEnd(40)}${ha(sector.areaHa)}${String(sector.jobs).padStart(9)}${amount(sector.investmentMRub).padStart(12)}`);
  }
  return lines;
}
