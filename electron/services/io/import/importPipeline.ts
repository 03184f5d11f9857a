import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { DxfUnit } from '../../../../shared/contract/exchangeRequests';
import type { Position } from '../../../../shared/domain/geometry';
import type { Park } from '../../../../shared/domain/park';
import type { Plot } from '../../../../shared/domain/plot';
import type { NewPlot, NewRailSpur, NewUtilityLine, ProjectStore } from '../../../store/project';
import { draftJournalEntry } from '../../journal/editJournal';
import { highestPlotNumber, plotCodeKey } from '../../../../shared/park/plotCode';
import { takenCodeKeys } from '../../plots/plotCodes';
import { message, type Message } from '../../../../shared/messages/message';
import { RefusedError } from '../../refusals/refusedError';
import { fieldValue, readCadastralNumber, readLineStatus, readNetwork, readPlotStatus, readPlotZone, type MappedField } from './attributeMapping';
import { readCoordinateCsv } from './csvReader';
import { readDxf } from './dxfReader';
import { featureParts } from './featureParts';
import { plotSizeBound, vertexBound } from './featureBounds';
import { geodesicArea } from '../../../../shared/geometry/geodesicArea';
import { readGeoJson } from './geojsonReader';
import { readGeoPackage } from './geopackageReader';
import { repairLine, repairPolygon, type ParkWhereabouts } from './geometryRepair';
import { adoptWarnings, emptyReport, noteFeature, type ImportReport } from './importReport';
import { watchImport, type ImportWatch } from './importWatch';
import { readKml } from './kmlReader';
import { readShapefile } from './shapefileReader';
import { readMif, zipHoldsMif } from './mifReader';
import { resolveCrs, swapAxes, WGS84_DEGREES, type SourceCrs } from './sourceCrs';
import type { FeatureSource, SourceFeature } from './sourceFeature';

/*
 * read → features → repair or reject → commit. The dialog's import job reads the file twice: first
 * against a read-only store to build the report, and only when nothing is rejected (or --skip-rejected)
 * a second time to write, in ONE transaction. The CLI reads it once (importInOnePass): the same pass
 * inside the write transaction, rolled back when its report says no. A file that is refused, or any rejection, leaves the project as it was.
 * Both passes make the same decisions (codes included), so what the report promised is what is written.
 */

export const IMPORT_LAYERS = ['plots', 'rail_spurs', 'utility_lines'] as const;
export type ImportLayer = (typeof IMPORT_LAYERS)[number];

/** Imports from files smaller than this are one undoable edit; bigger ones are one plain transaction. */
export const JOURNALED_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportOptions {
  readonly input: string;
  readonly layer: ImportLayer;
  /** --crs: overrides what the file declares. */
  readonly crs?: string;
  /** Column per field; null leaves the field empty (the dialog's "none"). */
  readonly fieldMap: Partial<Record<MappedField, string | null>>;
  readonly skipRejected: boolean;
  readonly swapXY: boolean;
  /** --table: which feature table of a GeoPackage. */
  readonly table?: string;
  /** --units: a DXF's drawing units, overriding its $INSUNITS. */
  readonly units?: DxfUnit;
}

type Prepared =
  | { readonly layer: 'plots'; readonly plot: Omit<Plot, 'id' | 'parkId'> }
  | { readonly layer: 'rail_spurs'; readonly spur: Omit<NewRailSpur, 'parkId'> }
  | { readonly layer: 'utility_lines'; readonly line: Omit<NewUtilityLine, 'parkId'> };

function whereabouts(park: Park): ParkWhereabouts {
  const positions = park.boundary.type === 'Polygon' ? park.boundary.coordinates.flat() : park.boundary.coordinates.flat(2);
  const lons = positions.map(([lon]) => lon);
  const lats = positions.map(([, lat]) => lat);
  return { name: park.name, bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] };
}

function centreOf(park: ParkWhereabouts): Position {
  const [west, south, east, north] = park.bbox;
  return [(west + east) / 2, (south + north) / 2];
}

/**
 * Picks the reader by the file's extension. `park` (its CRS and where it is) reads a coordinate list;
 * null when the file is a new park's own boundary.
 */
export function openSource(options: Pick<ImportOptions, 'input' | 'crs' | 'table' | 'units'>, park: Park | null): FeatureSource {
  const ext = extname(options.input).toLowerCase();
  switch (ext) {
    case '.geojson':
    case '.json':
      return readGeoJson(options.input, options.crs !== undefined);
    case '.kml':
    case '.kmz':
      return readKml(options.input);
    case '.zip':
      // Zips travel for both: a shapefile's parts, or a MapInfo .mif with its .mid.
      return zipHoldsMif(options.input) ? readMif(options.input, options.crs !== undefined) : readShapefile(options.input, options.crs !== undefined);
    case '.shp':
      return readShapefile(options.input, options.crs !== undefined);
    case '.mif':
      return readMif(options.input, options.crs !== undefined);
    case '.csv':
    case '.txt':
      return readCoordinateCsv(options.input, options.crs, park?.cadastralCrs ?? null, park === null ? null : centreOf(whereabouts(park)));
    case '.gpkg':
      return readGeoPackage(options.input, options.table);
    case '.dxf':
      return readDxf(options.input, options.crs, options.units);
    default:
      throw new RefusedError('import.unknownFormat', { file: basename(options.input) });
  }
}

/** The CRS the features' coordinates are read in: --crs, else what the file declares, else WGS84. */
export function sourceCrs(options: Pick<ImportOptions, 'crs' | 'swapXY'>, source: FeatureSource): SourceCrs {
  // A coordinate list is converted by its own parser; --crs has been applied there.
  const named = source.format.key === 'import.format.coordinateList' ? source.declaredCrs : (options.crs ?? source.declaredCrs);
  const crs = named === null ? WGS84_DEGREES : resolveCrs(named);
  return options.swapXY ? swapAxes(crs) : crs;
}

/** How far a pass has got, handed out before each feature so that an import job can pause between features. */
export interface PassStep {
  /** Features read so far. */
  readonly read: number;
  /** 0..1 of the file read, or null when the reader cannot tell. */
  readonly fraction: number | null;
}

/** A pass run to its end in one go (the CLI, and anything that need not share the thread). */
export function runToEnd<T>(steps: Generator<PassStep, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rows written per insertMany: one prepared statement, one savepoint and one extent update per batch. */
const INSERT_BATCH = 500;

/** A writing pass after a check pass over the same file: the check's warnings stand, nothing is re-measured. */
const UNWATCHED: ImportWatch = { feature: () => undefined, plot: () => undefined };

/**
 * Turns features into rows to insert, reporting every repair and rejection; `accept` sees each row.
 * A generator pausing before each feature: stopping it (return()) closes the file, and the decisions
 * are the same however it is sliced. With `checked` (the report of a check pass over the same file) the
 * overlap and boundary warnings are taken from it instead of being measured again.
 */
function* passSteps(store: ProjectStore, park: Park, options: ImportOptions, accept: (row: Prepared) => void, checked: ImportReport | null = null): Generator<PassStep, ImportReport> {
  const source = openSource(options, park);
  const crs = sourceCrs(options, source);
  const place = whereabouts(park);
  const report = emptyReport(source.format, crs.label, source.notes);
  const watch = checked === null ? watchImport(store, park, options, source, report) : UNWATCHED;
  // Codes compare with look-alikes folded (a file's Latin «P-1» is the park's «Р-1»); keys of this file's codes.
  const codes = new Set<string>();
  const existing = options.layer === 'plots' ? takenCodeKeys(store, park.id) : new Set<string>();
  let nextNew = highestPlotNumber(park.codePrefix, store.plots.listCodes(park.id)) + 1;
  const taken = (code: string): boolean => codes.has(plotCodeKey(code)) || existing.has(plotCodeKey(code));
  const stem = basename(options.input, extname(options.input));
  const parkAreaM2 = geodesicArea(park.boundary);

  const features = source.features;
  // Parts of multi-part features count as features read, so an array's share is capped at the whole.
  const fraction = source.progress ?? (Array.isArray(features) ? () => Math.min(1, report.read / Math.max(1, features.length)) : null);
  for (const feature of featureParts(features as Iterable<SourceFeature>, options.layer)) {
    yield { read: report.read, fraction: fraction === null ? null : fraction() };
    report.read++;
    watch.feature(feature);
    const attribute = (field: MappedField): string | null => fieldValue(feature.attributes, field, options.fieldMap);
    if (feature.geometry === null) {
      noteFeature(report, 'rejected', feature.label, [message('import.reject.noGeometry')]);
      continue;
    }
    const tooMany = vertexBound(feature.geometry);
    if (tooMany !== null) {
      noteFeature(report, 'rejected', feature.label, [tooMany]);
      continue;
    }
    const notes: Message[] = [];
    let row: Prepared;
    if (options.layer === 'plots') {
      const outcome = repairPolygon(feature.geometry, crs, place);
      if (!outcome.ok) {
        noteFeature(report, 'rejected', feature.label, [outcome.reason]);
        continue;
      }
      const outline = outcome.geometry;
      const tooLarge = plotSizeBound(outline, () => geodesicArea(outline), parkAreaM2);
      if (tooLarge !== null) {
        noteFeature(report, 'rejected', feature.label, [tooLarge]);
        continue;
      }
      const fileCode = attribute('code');
      // Each part of a multi-part plot is a plot of its own: its code is the file's code numbered «/k».
      let code = fileCode !== null && feature.part !== undefined ? `${fileCode}/${feature.part.index}` : fileCode;
      if (feature.part !== undefined) notes.push(message('import.note.polygonPart', { ...feature.part }));
      if (code !== null && taken(code)) {
        noteFeature(report, 'rejected', feature.label, [message(codes.has(plotCodeKey(code)) ? 'import.reject.codeTakenEarlier' : 'import.reject.codeTaken', { code, park: park.name })]);
        continue;
      }
      if (code === null) {
        while (taken(`${park.codePrefix}${nextNew}`)) nextNew++;
        code = `${park.codePrefix}${nextNew}`;
      }
      codes.add(plotCodeKey(code));
      const statusText = attribute('status');
      const zoneText = attribute('zone');
      const cadastralText = attribute('cadastralNumber');
      const status = readPlotStatus(statusText);
      const zone = readPlotZone(zoneText);
      const cadastralNumber = readCadastralNumber(cadastralText);
      if (statusText !== null && status === null) notes.push(message('import.note.plotStatus', { text: statusText }));
      if (zoneText !== null && zone === null) notes.push(message('import.note.zone', { text: zoneText }));
      if (cadastralText !== null && cadastralNumber === null) notes.push(message('import.note.cadastralNumber', { text: cadastralText }));
      row = { layer: 'plots', plot: { code, status: status ?? 'free', zone: zone ?? 'production', cadastralNumber, notes: attribute('notes') ?? '', geometry: outcome.geometry } };
      const label = message('importLabel.asPlot', { feature: feature.label, code });
      noteFeature(report, 'accepted', label, [...outcome.repairs, ...notes]);
      watch.plot(label, code, outcome.geometry);
    } else {
      const outcome = repairLine(feature.geometry, crs, place);
      if (!outcome.ok) {
        noteFeature(report, 'rejected', feature.label, [outcome.reason]);
        continue;
      }
      const fileName = attribute('name') ?? `${stem} ${report.read}`;
      const name = feature.part === undefined ? fileName : `${fileName} (${feature.part.index}/${feature.part.count})`;
      if (feature.part !== undefined) notes.push(message('import.note.linePart', { ...feature.part }));
      const statusText = attribute('status');
      const status = readLineStatus(statusText);
      if (statusText !== null && status === null) notes.push(message('import.note.lineStatus', { text: statusText }));
      if (options.layer === 'rail_spurs') {
        row = { layer: 'rail_spurs', spur: { name, status: status ?? 'planned', station: attribute('station') ?? '', geometry: outcome.geometry } };
      } else {
        const networkText = attribute('network');
        const network = readNetwork(networkText);
        if (network === null) {
          noteFeature(report, 'rejected', feature.label, [networkText === null ? message('import.reject.noNetwork') : message('import.reject.badNetwork', { text: networkText })]);
          continue;
        }
        const capacityText = attribute('capacity');
        const capacity = capacityText === null ? null : Number(capacityText.replace(',', '.'));
        if (capacity !== null && !Number.isFinite(capacity)) notes.push(message('import.note.capacity', { text: capacityText ?? '' }));
        row = {
          layer: 'utility_lines',
          line: { network, name, capacity: capacity !== null && Number.isFinite(capacity) ? capacity : null, serviceClass: attribute('serviceClass') ?? '', status: status ?? 'planned', geometry: outcome.geometry },
        };
      }
      noteFeature(report, 'accepted', message('importLabel.asLine', { feature: feature.label, name }), [...outcome.repairs, ...notes]);
    }
    accept(row);
  }
  if (report.read === 0) throw new RefusedError('import.noFeatures', { file: basename(options.input) });
  if (checked !== null) adoptWarnings(report, checked);
  return report;
}

/** The input's size; a file that cannot be read counts as big, and opening it says why (its reader's refusal). */
function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The writing pass's own refusal: any rejection without `skipRejected`. */
function refuseRejected(options: ImportOptions): (report: ImportReport) => void {
  return (report) => {
    if (report.rejectedCount > 0 && !options.skipRejected) throw new RefusedError('import.rejected', { count: report.rejectedCount });
  };
}

/** A feature that passed: the row the commit would write (the import dialog previews their geometry). */
export type AcceptedRow = Prepared;

/** checkImport as steps, for an import job that runs it in time slices. */
export function checkSteps(store: ProjectStore, park: Park, options: ImportOptions, onAccepted: (row: AcceptedRow) => void = () => undefined): Generator<PassStep, ImportReport> {
  return passSteps(store, park, options, onAccepted);
}

/** Reads and checks the input against the project without writing anything (also `--dry-run`). */
export function checkImport(store: ProjectStore, park: Park, options: ImportOptions, onAccepted: (row: AcceptedRow) => void = () => undefined): ImportReport {
  return runToEnd(passSteps(store, park, options, onAccepted));
}

/**
 * The writing pass as steps. It opens no transaction: the caller holds one around all the steps
 * (commitImport, or an import job's BEGIN IMMEDIATE … COMMIT spanning its time slices). The journal entry
 * is written inside it, last, when the file is small. Any rejection without `skipRejected` throws.
 * `checked`, the report of the check pass that came first, saves measuring the warnings twice.
 * `refuse` sees the finished report after every row is inserted and before the journal entry: throwing
 * there undoes the caller's transaction (the CLI's single pass prints its report and refuses there).
 */
export function* commitSteps(
  store: ProjectStore,
  park: Park,
  options: ImportOptions,
  checked: ImportReport | null = null,
  refuse: (report: ImportReport) => void = refuseRejected(options),
): Generator<PassStep, ImportReport> {
  const draft = fileBytes(options.input) < JOURNALED_IMPORT_BYTES ? draftJournalEntry(store) : null;
  const inserted = (table: 'plots' | 'rail_spurs' | 'utility_lines', fid: number): void => draft?.recorder.inserted(table, fid);
  const pending: NewPlot[] = [];
  const flush = (): void => {
    for (const id of store.plots.insertMany(pending)) inserted('plots', id);
    pending.length = 0;
  };
  const steps = passSteps(
    store,
    park,
    options,
    (row) => {
      if (row.layer === 'plots') {
        pending.push({ ...row.plot, parkId: park.id });
        if (pending.length >= INSERT_BATCH) flush();
      } else if (row.layer === 'rail_spurs') inserted('rail_spurs', store.railSpurs.insert({ ...row.spur, parkId: park.id }).id);
      else inserted('utility_lines', store.utilityLines.insert({ ...row.line, parkId: park.id }).id);
    },
    checked,
  );
  const report = yield* steps;
  flush();
  refuse(report);
  report.written = report.accepted;
  if (draft !== null) {
    draft.write(message(`edit.import.${options.layer}`, { file: basename(options.input) }));
    report.journaled = true;
  }
  return report;
}

/**
 * Writes the import in one transaction, journaled as one undoable edit when the file is small. Any
 * rejection without `skipRejected` throws before the transaction commits, so nothing stays written.
 */
export function commitImport(store: ProjectStore, park: Park, options: ImportOptions, checked: ImportReport | null = null): ImportReport {
  return store.transaction(() => runToEnd(commitSteps(store, park, options, checked)));
}

/**
 * Checks and writes in ONE pass, inside one transaction: each feature is read, repaired and measured
 * once (the warnings against the park's plots, read before the first insert, and the file's earlier
 * plots), its row inserted in batches. `refuse` sees the finished report — the same report a check
 * pass makes — and throwing there rolls every row back, so the store is never half-written.
 */
export function importInOnePass(store: ProjectStore, park: Park, options: ImportOptions, refuse: (report: ImportReport) => void): ImportReport {
  return store.transaction(() => runToEnd(commitSteps(store, park, options, null, refuse)));
}
