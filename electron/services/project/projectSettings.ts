import type { SettingsUpdateRequest } from '../../../shared/contract/settingsChannels';
import type { ProjectSettings } from '../../../shared/domain/projectSettings';
import type { ProjectStore } from '../../store/project';

/*
 * The project's settings, kept in its file so that a colleague who opens the .gpkg prints the same
 * «Составил». A setting is no edit of the plan: it is written in its own transaction, without a journal
 * entry, and Ctrl+Z does not take it back (the planner types it again).
 */

/** The settings as stored. */
export function projectSettings(store: ProjectStore): ProjectSettings {
  return store.read(() => store.settings.get());
}

/**
 * Writes the settings a request names; «Составил» is trimmed and a blank one clears it.
 *
 * @example
 * updateProjectSettings(store, { preparedBy: ' Отдел генплана ' }); // { preparedBy: 'Отдел генплана' }
 */
export function updateProjectSettings(store: ProjectStore, request: SettingsUpdateRequest): ProjectSettings {
  const preparedBy = request.preparedBy === undefined ? undefined : request.preparedBy.trim() === '' ? null : request.preparedBy.trim();
  return store.transaction(() => store.settings.update(preparedBy === undefined ? {} : { preparedBy }));
}
