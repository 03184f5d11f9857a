import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import type { MapRoom, MapRoomPart } from './mapRoom';

interface PanelTogglesProps {
  readonly room: MapRoom;
  readonly onToggle: (part: MapRoomPart) => void;
  /** The map whose canvas is fitted to its new width once a panel goes or comes back. */
  readonly map: MapLibreMap | null;
}

/**
 * Two tabs on the map's left and right edges that hide or bring back the side panels (issue 11): at
 * 1280×720 the panels take 770 px of the width, and a planner drawing plots wants the map instead.
 */
export function PanelToggles({ room, onToggle, map }: PanelTogglesProps) {
  const { t } = useTranslation();
  // The grid has changed by the time effects run: the canvas takes the map region's new size at once,
  // not at the next window resize.
  useEffect(() => {
    map?.resize();
  }, [map, room.listPanel, room.detailsPanel]);
  return (
    <>
      <button
        type="button"
        className="fold-toggle panel-toggle panel-toggle-left"
        aria-expanded={!room.listPanel}
        aria-label={t(room.listPanel ? 'mapRoom.showListPanel' : 'mapRoom.hideListPanel')}
        title={t(room.listPanel ? 'mapRoom.showListPanel' : 'mapRoom.hideListPanel')}
        onClick={() => onToggle('listPanel')}
      >
        {room.listPanel ? '›' : '‹'}
      </button>
      <button
        type="button"
        className="fold-toggle panel-toggle panel-toggle-right"
        aria-expanded={!room.detailsPanel}
        aria-label={t(room.detailsPanel ? 'mapRoom.showDetailsPanel' : 'mapRoom.hideDetailsPanel')}
        title={t(room.detailsPanel ? 'mapRoom.showDetailsPanel' : 'mapRoom.hideDetailsPanel')}
        onClick={() => onToggle('detailsPanel')}
      >
        {room.detailsPanel ? '‹' : '›'}
      </button>
    </>
  );
}
