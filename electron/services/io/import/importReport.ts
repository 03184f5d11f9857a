/*
 * What an import did to each feature, as the CLI prints it and the app will show it: features taken
 * (with what was repaired or noted) and features rejected with the reason. Long lists are kept to the
 * first entries; the counts stay exact.
 */

export interface FeatureNote {
  readonly label: string;
  readonly messages: readonly string[];
}

export interface ImportReport {
  readonly format: string;
  readonly crs: string;
  /** How the file was read, and what the checks could not cover; the pass may add to them. */
  readonly notes: string[];
  read: number;
  accepted: number;
  repairedCount: number;
  rejectedCount: number;
  /** Accepted features with a repair or a note, the first LISTED_FEATURES of them. */
  readonly repaired: FeatureNote[];
  /** Rejected features with the reason, the first LISTED_FEATURES of them. */
  readonly rejected: FeatureNote[];
  /** Rows written: 0 for a check or a dry run. */
  written: number;
  /** True when the import went into the undo journal as one edit. */
  journaled: boolean;
  /** Accepted plots overlapping the park's plots or earlier plots of the file: warned, not rejected. */
  overlappingCount: number;
  readonly overlapping: FeatureNote[];
  /** Accepted plots lying partly outside the park boundary: warned, not rejected. */
  outsideCount: number;
  readonly outside: FeatureNote[];
}

export const LISTED_FEATURES = 200;

export function emptyReport(format: string, crs: string, notes: readonly string[]): ImportReport {
  return { format, crs, notes: [...notes], read: 0, accepted: 0, repairedCount: 0, rejectedCount: 0, repaired: [], rejected: [], written: 0, journaled: false, overlappingCount: 0, overlapping: [], outsideCount: 0, outside: [] };
}

/** Counts a feature as accepted or rejected and keeps its messages (accepted ones only when there are any). */
export function noteFeature(report: ImportReport, outcome: 'accepted' | 'rejected', label: string, messages: readonly string[]): void {
  if (outcome === 'rejected') {
    report.rejectedCount++;
    if (report.rejected.length < LISTED_FEATURES) report.rejected.push({ label, messages });
    return;
  }
  report.accepted++;
  if (messages.length === 0) return;
  report.repairedCount++;
  if (report.repaired.length < LISTED_FEATURES) report.repaired.push({ label, messages });
}

/** Notes a warning on an accepted feature: it overlaps other plots, or leaves the park boundary. */
export function warnFeature(report: ImportReport, kind: 'overlapping' | 'outside', label: string, messages: readonly string[]): void {
  if (messages.length === 0) return;
  if (kind === 'overlapping') report.overlappingCount++;
  else report.outsideCount++;
  if (report[kind].length < LISTED_FEATURES) report[kind].push({ label, messages });
}

/**
 * The report as lines of text.
 *
 * @example
 * reportLines(report); // ['Read 12 features (GeoJSON, EPSG:4326 (WGS84 degrees))', 'Accepted 11, …', …]
 */
export function reportLines(report: ImportReport): string[] {
  const lines = [`Read ${report.read} feature(s): ${report.format}, ${report.crs}`];
  for (const note of report.notes) lines.push(`  note: ${note}`);
  const warned = report.overlappingCount + report.outsideCount > 0 ? `; ${report.overlappingCount} overlapping other plots, ${report.outsideCount} partly outside the park` : '';
  lines.push(`Accepted ${report.accepted} (${report.repairedCount} repaired or noted${warned}), rejected ${report.rejectedCount}`);
  const list = (title: string, notes: readonly FeatureNote[], total: number): void => {
    if (total === 0) return;
    lines.push(`${title}:`);
    for (const note of notes) lines.push(`  ${note.label}: ${note.messages.join('; ')}`);
    if (total > notes.length) lines.push(`  … and ${total - notes.length} more`);
  };
  list('Repaired', report.repaired, report.repairedCount);
  list('Overlapping other plots (warning)', report.overlapping, report.overlappingCount);
  list('Partly outside the park boundary (warning)', report.outside, report.outsideCount);
  list('Rejected', report.rejected, report.rejectedCount);
  return lines;
}

/**
 * Takes the warnings (and the notes on what the checks covered) of the check pass over the same file:
 * the writing pass makes the same decisions, so it need not measure every overlap a second time.
 */
export function adoptWarnings(report: ImportReport, checked: ImportReport): void {
  report.overlappingCount = checked.overlappingCount;
  report.overlapping.splice(0, report.overlapping.length, ...checked.overlapping);
  report.outsideCount = checked.outsideCount;
  report.outside.splice(0, report.outside.length, ...checked.outside);
  for (const note of checked.notes) if (!report.notes.includes(note)) report.notes.push(note);
}
