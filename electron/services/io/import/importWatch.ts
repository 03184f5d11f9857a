import type { ImportSourceView } from '../../../../shared/contract/exchangeViews';
import { message, type Message } from '../../../../shared/messages/message';
import type { PolygonGeometry } from '../../../../shared/domain/geometry';
import type { Park } from '../../../../shared/domain/park';
import type { ProjectStore } from '../../../store/project';
import { plotOverlapCheck, type PlotOverlapCheck } from './importOverlaps';
import { warnFeature, type ImportReport } from './importReport';
import type { ImportOptions } from './importPipeline';
import { collectColumns, mappingInEffect } from './sourceColumns';
import type { FeatureSource, SourceFeature } from './sourceFeature';

/*
 * What a pass learns besides accepting and rejecting: the file's columns (for the mapping table) and
 * the warnings on accepted plots (overlaps, parts outside the park). Kept apart from the pass itself so
 * that the pass calls it in a line or two; the facts are filed against the pass's report and read back
 * by the dry run with sourceFacts(report).
 */

/** What the dry run tells the dialog about the file, besides the report. */
export interface SourceFacts {
  /** The columns, the mapping in effect and the tables, as the dialog's mapping table reads them. */
  readonly view: ImportSourceView;
  /** Codes of accepted plots with an overlap or a part outside the park, for the preview map. */
  readonly overlappingCodes: ReadonlySet<string>;
  readonly outsideCodes: ReadonlySet<string>;
}

export interface ImportWatch {
  /** Sees every feature read, before it is judged. */
  feature(feature: SourceFeature): void;
  /** Checks an accepted plot against the park's plots, the file's earlier plots and the boundary. */
  plot(label: Message, code: string, geometry: PolygonGeometry): void;
}

const factsByReport = new WeakMap<ImportReport, () => SourceFacts>();

/**
 * Starts watching one pass; `report` is the pass's report, which collects the warnings.
 *
 * @example
 * const watch = watchImport(store, park, options, source, report);
 * watch.feature(feature); // for each feature read
 * watch.plot(message('importLabel.asPlot', { feature, code: 'Г-1' }), 'Г-1', outline); // for each accepted plot
 */
export function watchImport(store: ProjectStore, park: Park, options: ImportOptions, source: FeatureSource, report: ImportReport): ImportWatch {
  const columns = collectColumns();
  let overlaps: PlotOverlapCheck | null = null;
  let noted = false;
  const overlappingCodes = new Set<string>();
  const outsideCodes = new Set<string>();
  factsByReport.set(report, () => {
    const found = columns.columns();
    const view: ImportSourceView = {
      format: source.format,
      columns: found,
      ...mappingInEffect(options.layer, found, options.fieldMap),
      tables: source.tables?.names ?? [],
      table: source.tables?.read ?? null,
    };
    return { view, overlappingCodes, outsideCodes };
  });
  return {
    feature: (feature) => columns.see(feature.attributes),
    plot(label, code, geometry) {
      // The park's plots are read when the first plot is accepted: a spur or line import never needs them.
      overlaps ??= plotOverlapCheck(park, store.plots.listByPark(park.id));
      const warnings = overlaps.check(code, geometry);
      if (overlaps.stoppedRemembering !== null && !noted) {
        noted = true;
        report.notes.push(message('import.note.overlapMemory', { count: overlaps.stoppedRemembering }));
      }
      if (warnings.overlaps.length > 0) overlappingCodes.add(code);
      if (warnings.outside !== null) outsideCodes.add(code);
      warnFeature(report, 'overlapping', label, warnings.overlaps);
      warnFeature(report, 'outside', label, warnings.outside === null ? [] : [warnings.outside]);
    },
  };
}

/** The facts watchImport gathered during the pass that made `report`, or null when it was not watched. */
export function sourceFacts(report: ImportReport): SourceFacts | null {
  return factsByReport.get(report)?.() ?? null;
}
