import { formatMessage, type Message, type MessageKey, type MessageParams } from '../../shared/messages/message';

/** Why a file could not be opened as a project; the CLI and handlers map these to messages or exit codes. */
export const PROJECT_FILE_ERROR_CODES = [
  /** No file at that path (and `create` was not asked for). */
  'not-found',
  /** Not SQLite, or SQLite without the GeoPackage application_id. */
  'not-geopackage',
  /** A valid GeoPackage, but not a ParkPlan project (no parkplan_migrations table): open it as an import. */
  'not-parkplan',
  /** Written by a newer ParkPlan whose schema this build does not know. */
  'newer-schema',
  /** An older schema opened read-only, so it cannot be migrated. */
  'needs-migration',
  /** A zero-byte file. */
  'empty-file',
  /** A ParkPlan table replaced by a view (or missing): another tool rewrote the schema. */
  'foreign-schema',
  /** PRAGMA quick_check found damaged pages. */
  'damaged',
  /** Triggers or views another tool added; opened for editing only after `parkplan repair`. */
  'foreign-objects',
] as const;
export type ProjectFileErrorCode = (typeof PROJECT_FILE_ERROR_CODES)[number];

/** A ProjectFileError worded by a message key: the English text is its message, the key goes to the renderer. */
export function projectFileRefusal(code: ProjectFileErrorCode, file: string, key: MessageKey, params: MessageParams): ProjectFileError {
  const error = new ProjectFileError(code, file, formatMessage('en', { key, params }));
  error.reason = { key, params };
  return error;
}

/** A project file that cannot be opened, with a message a planner can act on and a code for programs. */
export class ProjectFileError extends Error {
  override readonly name = 'ProjectFileError';
  /** The message as a key with parameters, where one was given (projectFileRefusal). */
  reason: Message | null = null;

  constructor(
    readonly code: ProjectFileErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
