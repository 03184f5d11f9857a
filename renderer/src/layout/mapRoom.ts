/*
 * What the planner folded away to give the map room (issue 11): the drawing hint, the legend and the two
 * side panels. Kept in localStorage like the export's last author, so the map is as roomy after a restart
 * as the planner left it. Storage may be missing or refuse (a private window, a full quota): everything
 * is then shown, as on a first start.
 */

/** The parts around the map a planner can fold away. */
export const MAP_ROOM_PARTS = ['hint', 'legend', 'listPanel', 'detailsPanel'] as const;
export type MapRoomPart = (typeof MAP_ROOM_PARTS)[number];

/** For each part, whether it is folded away (true) or shown. */
export type MapRoom = { readonly [P in MapRoomPart]: boolean };

export const EVERYTHING_SHOWN: MapRoom = { hint: false, legend: false, listPanel: false, detailsPanel: false };

const KEY = 'parkplan.mapRoom';

/**
 * The choices saved last time; a part missing from what was saved, or saved as anything but a boolean
 * (an older or hand-edited value), is shown.
 */
export function savedMapRoom(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): MapRoom {
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(KEY) ?? '{}');
  } catch {
    return EVERYTHING_SHOWN;
  }
  if (typeof saved !== 'object' || saved === null) return EVERYTHING_SHOWN;
  const record = saved as Record<string, unknown>;
  return Object.fromEntries(MAP_ROOM_PARTS.map((part) => [part, record[part] === true])) as Record<MapRoomPart, boolean>;
}

/** Remembers the choices for the next start. */
export function saveMapRoom(room: MapRoom, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(room));
  } catch {
    // Not remembering is harmless: the planner folds the parts away again next time.
  }
}

/** `room` with `part` folded if it was shown, shown if it was folded. */
export const toggleMapRoom = (room: MapRoom, part: MapRoomPart): MapRoom => ({ ...room, [part]: !room[part] });
