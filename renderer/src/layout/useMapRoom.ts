import { useCallback, useEffect, useState } from 'react';
import { savedMapRoom, saveMapRoom, toggleMapRoom, type MapRoom, type MapRoomPart } from './mapRoom';

/** The planner's fold-away choices, read once at start and saved on every change. */
export function useMapRoom(): { readonly room: MapRoom; readonly toggle: (part: MapRoomPart) => void } {
  const [room, setRoom] = useState<MapRoom>(() => savedMapRoom());
  useEffect(() => saveMapRoom(room), [room]);
  const toggle = useCallback((part: MapRoomPart) => setRoom((current) => toggleMapRoom(current, part)), []);
  return { room, toggle };
}
