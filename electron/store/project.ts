import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ContentsKeeper, fitExtentsToFeatures } from './gpkg/contents';
import { createGeoPackageCore } from './gpkg/coreSchema';
import { registerGeoPackageFunctions } from './gpkg/sqlFunctions';
import { checkProjectFile } from './projectFileCheck';
import { describeForeignObjects, listForeignObjects } from './foreignObjects';
import { ProjectFileError, projectFileRefusal } from './projectFileError';
import { openReadingConnection, type ProjectConnection } from './readingConnection';
import { createAllocationRepository, type AllocationRepository } from './repositories/allocations';
import { createCadastralParcelRepository, type CadastralParcelRepository } from './repositories/cadastralParcels';
import { createEditJournalRepository, type EditJournalRepository } from './repositories/editJournal';
import { createJournalRowRepository, type JournalRowRepository } from './repositories/journalRows';
import { createPlotNeighbourRepository, type PlotNeighbourRepository } from './repositories/plotNeighbours';
import { createParkCapacityRepository, type ParkCapacityRepository } from './repositories/parkCapacities';
import { createParkRepository, type ParkRepository } from './repositories/parks';
import { createPlotRepository, type PlotRepository } from './repositories/plots';
import { createRailSpurRepository, type RailSpurRepository } from './repositories/railSpurs';
import { createRowImageRepository, type RowImageRepository } from './repositories/rowImages';
import { createSyncStateRepository, type SyncStateRepository } from './repositories/syncState';
import { createResidentRepository, type ResidentRepository } from './repositories/residents';
import { createUtilityConnectionRepository, type UtilityConnectionRepository } from './repositories/utilityConnections';
import { createUtilityLineRepository, type UtilityLineRepository } from './repositories/utilityLines';
import { createUnderlayRepository, type UnderlayRepository } from './repositories/underlays';
import { createProjectSettingsRepository, type ProjectSettingsRepository } from './repositories/projectSettings';
import { appliedSchemaVersion, createMigrationsTable, LATEST_SCHEMA_VERSION, runMigrations } from './schema/migrations';

export { ProjectFileError, PROJECT_FILE_ERROR_CODES, type ProjectFileErrorCode } from './projectFileError';
export type { NewAllocation } from './repositories/allocations';
export type { ChangeSet, JournalEntry, RowChange } from './repositories/editJournal';
export { JOURNALED_TABLES, MissingRowError, type JournaledTable, type RowImage } from './repositories/journalRows';
export { IMAGED_TABLES, type ImagedTable, type RowValue, type TableColumn, type ForeignKey } from './repositories/rowImages';
export type { SyncLink, SyncedRow, SyncConflict, NewSyncConflict, ConflictKind, ConflictValue } from './repositories/syncState';
export type { NeighbourPlot } from './repositories/plotNeighbours';
export type { NewPark } from './repositories/parks';
export type { NewPlot } from './repositories/plots';
export type { NewRailSpur } from './repositories/railSpurs';
export type { NewResident } from './repositories/residents';
export type { NewUtilityConnection } from './repositories/utilityConnections';
export type { NewUtilityLine } from './repositories/utilityLines';
export type { NewUnderlay, UnderlaySettings } from './repositories/underlays';
export type {
  AllocationRepository,
  EditJournalRepository,
  JournalRowRepository,
  PlotNeighbourRepository,
  RowImageRepository,
  SyncStateRepository,
  ParkCapacityRepository,
  ParkRepository,
  PlotRepository,
  RailSpurRepository,
  ResidentRepository,
  UtilityConnectionRepository,
  UtilityLineRepository,
  UnderlayRepository,
};

/** How long a write waits for another process (the CLI, a second window) to finish its transaction. */
export const BUSY_TIMEOUT_MS = 5_000;

export interface OpenProjectOptions {
  /** Create a new, empty project when the file does not exist; an existing file is opened, never replaced. */
  readonly create?: boolean;
  /** Open without writing anything: no WAL switch, no migrations, every write fails. */
  readonly readonly?: boolean;
  /** Path of a better_sqlite3.node built for another ABI (the Electron build); passed to better-sqlite3. */
  readonly nativeBinding?: string;
}

/** An open project file: the database, its repositories and transactions. */
export interface ProjectStore {
  /** Absolute path of the .gpkg file. */
  readonly file: string;
  readonly readonly: boolean;
  /** The better-sqlite3 connection; SQL belongs in the repositories, not in callers. */
  readonly db: Database.Database;
  /** The ParkPlan schema version of the file (parkplan_migrations, not PRAGMA user_version). */
  readonly schemaVersion: number;
  readonly parks: ParkRepository;
  readonly plots: PlotRepository;
  readonly residents: ResidentRepository;
  readonly allocations: AllocationRepository;
  readonly railSpurs: RailSpurRepository;
  readonly utilityLines: UtilityLineRepository;
  readonly utilityConnections: UtilityConnectionRepository;
  readonly parkCapacities: ParkCapacityRepository;
  /** Land parcels from Rosreestr extracts (table cadastral_parcels), reference data. */
  readonly cadastralParcels: CadastralParcelRepository;
  /** The undo/redo journal of edits (table edit_journal). */
  readonly editJournal: EditJournalRepository;
  /** Whole rows of the edited tables, as the journal records and restores them. */
  readonly journalRows: JournalRowRepository;
  /** Whole rows of every data table, as team sync compares and writes them. */
  readonly rowImages: RowImageRepository;
  /** A working copy's link to its server, the rows as last synced, the conflicts under review. */
  readonly syncState: SyncStateRepository;
  /** Plots near a box, for clipping and checking an edited plot against its neighbours. */
  readonly plotNeighbours: PlotNeighbourRepository;
  /** Basemaps, orthophotos and scans drawn under the plan (table underlays). */
  readonly underlays: UnderlayRepository;
  /** The project's settings for its documents (table parkplan_settings). */
  readonly settings: ProjectSettingsRepository;
  /**
   * Runs `fn` in one transaction (BEGIN IMMEDIATE; deferred on a read-only store): if it throws, nothing it wrote stays. `fn` must be
   * synchronous; nested calls become savepoints.
   */
  transaction<T>(fn: () => T): T;
  /** Sets each feature table's gpkg_contents extent to that of its features now (after a per-park cut). */
  fitExtentsToFeatures(): void;
  /**
   * Runs `fn` in a read transaction (deferred BEGIN): one consistent WAL snapshot, taken at its first read,
   * and no write lock, so it neither waits for nor fails on a writer (an import job, the CLI). Reads only.
   */
  read<T>(fn: () => T): T;
  /** Copies the whole project, consistently, to `toFile` with the SQLite backup API (overwrites `toFile`). */
  backup(toFile: string): Promise<void>;
  /** Closes the file (checkpointing the WAL into it). */
  close(): void;
}

function setPragmas(db: Database.Database, readonly: boolean): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (!readonly) {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`could not switch ${db.name} to WAL (journal_mode is ${String(mode)})`);
  }
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

function createProjectFile(file: string, nativeBinding: string | undefined): void {
  const db = new Database(file, { ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    setPragmas(db, false);
    db.transaction(() => {
      createGeoPackageCore(db);
      createMigrationsTable(db);
    })();
    runMigrations(db);
    db.close();
  } catch (error) {
    db.close();
    // A half-made file would later read as "not a GeoPackage"; better no file at all.
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    throw error;
  }
}

/** A file another tool added triggers or views to is not edited: they would run on every edit, outside undo. */
function refuseForeignObjects(db: Database.Database, file: string): void {
  const foreign = listForeignObjects(db);
  if (foreign.length > 0) throw projectFileRefusal('foreign-objects', file, 'projectFile.foreignObjects', { file, objects: describeForeignObjects(foreign) });
}

function writingConnection(file: string, nativeBinding: string | undefined): ProjectConnection {
  const db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS, ...(nativeBinding ? { nativeBinding } : {}) });
  return { db, close: () => db.close() };
}

function buildStore(file: string, connection: ProjectConnection, readonly: boolean): ProjectStore {
  const { db } = connection;
  const contents = new ContentsKeeper(db);
  return {
    file,
    readonly,
    db,
    schemaVersion: appliedSchemaVersion(db),
    parks: createParkRepository(db, contents),
    plots: createPlotRepository(db, contents),
    residents: createResidentRepository(db, contents),
    allocations: createAllocationRepository(db, contents),
    railSpurs: createRailSpurRepository(db, contents),
    utilityLines: createUtilityLineRepository(db, contents),
    utilityConnections: createUtilityConnectionRepository(db, contents),
    parkCapacities: createParkCapacityRepository(db, contents),
    cadastralParcels: createCadastralParcelRepository(db, contents),
    editJournal: createEditJournalRepository(db, contents),
    journalRows: createJournalRowRepository(db, contents),
    rowImages: createRowImageRepository(db, contents),
    syncState: createSyncStateRepository(db),
    plotNeighbours: createPlotNeighbourRepository(db),
    underlays: createUnderlayRepository(db, contents),
    settings: createProjectSettingsRepository(db),
    transaction<T>(fn: () => T): T {
      const run = db.transaction(() => {
        const result = fn();
        if (result instanceof Promise) {
          // Rolling back here is the only safe choice: the awaited part would run outside the transaction.
          throw new TypeError('store.transaction(fn): fn must be synchronous, it returned a Promise');
        }
        return result;
      });
      // A reading store cannot take the write lock (query_only refuses BEGIN IMMEDIATE); its reads are
      // still one consistent snapshot in a deferred transaction.
      return readonly ? run.deferred() : run.immediate();
    },
    fitExtentsToFeatures(): void {
      fitExtentsToFeatures(db);
    },
    read<T>(fn: () => T): T {
      return db.transaction(() => {
        const result = fn();
        if (result instanceof Promise) throw new TypeError('store.read(fn): fn must be synchronous, it returned a Promise');
        return result;
      }).deferred();
    },
    async backup(toFile: string): Promise<void> {
      if (resolve(toFile) === file) throw new Error(`cannot back up ${file} onto itself`);
      await db.backup(toFile);
    },
    close(): void {
      connection.close();
    },
  };
}

/**
 * Opens (or with `create`, creates) a ParkPlan project file: an OGC GeoPackage 1.3. An existing file is
 * first checked through a read-only connection, so a file that is not a project is left byte for byte
 * as it was. Then the connection is set to WAL, synchronous=FULL, foreign keys on and a busy timeout,
 * and pending migrations run (each in one transaction).
 *
 * @throws ProjectFileError 'not-found' (missing, without `create`), 'not-geopackage', 'not-parkplan',
 *   'newer-schema', 'needs-migration' (an older schema opened read-only).
 * @example
 * const store = openProject('/data/ryazansky.gpkg', { create: true });
 * try {
 *   store.transaction(() => store.plots.update({ ...plot, status: 'reserved' }));
 * } finally {
 *   store.close();
 * }
 */
export function openProject(file: string, options: OpenProjectOptions = {}): ProjectStore {
  const path = resolve(file);
  const readonly = options.readonly ?? false;
  if (!existsSync(path)) {
    if (!options.create || readonly) {
      throw new ProjectFileError('not-found', path, `Project file not found: ${path}`);
    }
    createProjectFile(path, options.nativeBinding);
  }
  const version = checkProjectFile(path, options.nativeBinding);
  if (readonly && version < LATEST_SCHEMA_VERSION) {
    throw new ProjectFileError(
      'needs-migration',
      path,
      `${path} has schema ${version} and needs migrating to ${LATEST_SCHEMA_VERSION}, which a read-only open cannot do`,
    );
  }
  const connection = readonly
    ? openReadingConnection(path, options.nativeBinding, BUSY_TIMEOUT_MS)
    : writingConnection(path, options.nativeBinding);
  const { db } = connection;
  try {
    if (!readonly) refuseForeignObjects(db, path);
    setPragmas(db, readonly);
    registerGeoPackageFunctions(db);
    if (!readonly) runMigrations(db);
    return buildStore(path, connection, readonly);
  } catch (error) {
    connection.close();
    throw error;
  }
}
