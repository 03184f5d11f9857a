import type Database from 'better-sqlite3';
import type { ProjectSettings } from '../../../shared/domain/projectSettings';

/** The project's settings (table `parkplan_settings`, a row per setting; a missing row is "not set"). */
export interface ProjectSettingsRepository {
  get(): ProjectSettings;
  /** Writes the settings given; null removes one. Call inside a transaction. */
  update(settings: Partial<ProjectSettings>): ProjectSettings;
}

const KEYS: Readonly<Record<keyof ProjectSettings, string>> = { preparedBy: 'prepared_by' };

/** Creates the settings repository on an open project database. */
export function createProjectSettingsRepository(db: Database.Database): ProjectSettingsRepository {
  const read = db.prepare('SELECT value FROM parkplan_settings WHERE key = ?');
  const write = db.prepare('INSERT INTO parkplan_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const remove = db.prepare('DELETE FROM parkplan_settings WHERE key = ?');
  const get = (): ProjectSettings => {
    const row = read.get(KEYS.preparedBy) as { value: string } | undefined;
    return { preparedBy: row?.value ?? null };
  };
  return {
    get,
    update(settings) {
      for (const [name, value] of Object.entries(settings) as [keyof ProjectSettings, string | null | undefined][]) {
        if (value === undefined) continue;
        if (value === null) remove.run(KEYS[name]);
        else write.run(KEYS[name], value);
      }
      return get();
    },
  };
}
