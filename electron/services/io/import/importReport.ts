import type { Locale } from '../../../../shared/format/locale';
import { formatMessage, message, type Message } from '../../../../shared/messages/message';

/*
 * What an import did to each feature, as the CLI prints it and the app shows it: features taken (with
 * what was repaired or noted) and features rejected with the reason. Every line is a message key with
 * parameters (shared/messages/import*Messages.ts), worded where it is shown. Long lists are kept to the
 * first entries; the counts stay exact.
 */

export interface FeatureNote {
  readonly label: Message;
  readonly messages: readonly Message[];
}

export interface ImportReport {
  /** What was read: features of a GIS file, or the parcels of a Rosreestr extract. */
  readonly things: 'features' | 'parcels';
  readonly format: Message;
  readonly crs: Message;
  /** How the file was read, and what the checks could not cover; the pass may add to them. */
  readonly notes: Message[];
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

export function emptyReport(format: Message, crs: Message, notes: readonly Message[], things: ImportReport['things'] = 'features'): ImportReport {
  return { things, format, crs, notes: [...notes], read: 0, accepted: 0, repairedCount: 0, rejectedCount: 0, repaired: [], rejected: [], written: 0, journaled: false, overlappingCount: 0, overlapping: [], outsideCount: 0, outside: [] };
}

/** Counts a feature as accepted or rejected and keeps its messages (accepted ones only when there are any). */
export function noteFeature(report: ImportReport, outcome: 'accepted' | 'rejected', label: Message, messages: readonly Message[]): void {
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
export function warnFeature(report: ImportReport, kind: 'overlapping' | 'outside', label: Message, messages: readonly Message[]): void {
  if (messages.length === 0) return;
  if (kind === 'overlapping') report.overlappingCount++;
  else report.outsideCount++;
  if (report[kind].length < LISTED_FEATURES) report[kind].push({ label, messages });
}

/**
 * The report as lines of text in `locale`; feature lines are indented by two spaces under their section.
 *
 * @example
 * reportLines(report, 'en'); // ['Read 12 feature(s): GeoJSON, EPSG:4326 (WGS84 degrees)', 'Accepted 11 (…), rejected 1', …]
 */
export function reportLines(report: ImportReport, locale: Locale): string[] {
  const word = (key: Parameters<typeof message>[0], params: Parameters<typeof message>[1] = {}): string => formatMessage(locale, message(key, params));
  const lines = [word(report.things === 'parcels' ? 'importReport.readParcels' : 'importReport.read', { count: report.read, format: report.format, crs: report.crs })];
  for (const note of report.notes) lines.push(`  ${word('importReport.note', { note })}`);
  const counts = { accepted: report.accepted, repaired: report.repairedCount, rejected: report.rejectedCount, overlapping: report.overlappingCount, outside: report.outsideCount };
  lines.push(word(report.overlappingCount + report.outsideCount > 0 ? 'importReport.acceptedWarned' : 'importReport.accepted', counts));
  const list = (title: Message, notes: readonly FeatureNote[], total: number): void => {
    if (total === 0) return;
    lines.push(word('importReport.section', { title }));
    for (const note of notes) lines.push(`  ${word('importReport.feature', { label: note.label, messages: note.messages })}`);
    if (total > notes.length) lines.push(`  ${word('importReport.more', { count: total - notes.length })}`);
  };
  list(message('importReport.repaired'), report.repaired, report.repairedCount);
  list(message('importReport.overlapping'), report.overlapping, report.overlappingCount);
  list(message('importReport.outside'), report.outside, report.outsideCount);
  list(message('importReport.rejected'), report.rejected, report.rejectedCount);
  return lines;
}

const sameMessage = (a: Message, b: Message): boolean => formatMessage('en', a) === formatMessage('en', b);

/**
 * Takes the warnings (and the notes on what the checks covered) of the check pass over the same file:
 * the writing pass makes the same decisions, so it need not measure every overlap a second time.
 */
export function adoptWarnings(report: ImportReport, checked: ImportReport): void {
  report.overlappingCount = checked.overlappingCount;
  report.overlapping.splice(0, report.overlapping.length, ...checked.overlapping);
  report.outsideCount = checked.outsideCount;
  report.outside.splice(0, report.outside.length, ...checked.outside);
  for (const note of checked.notes) if (!report.notes.some((known) => sameMessage(known, note))) report.notes.push(note);
}
