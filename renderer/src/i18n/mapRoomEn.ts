import type { Messages } from './ru';

/** The toggles that fold the hint, the legend and the side panels away from the map (issue 11), spread into en.ts. */
export const mapRoomEn: Pick<Messages, 'mapRoom'> = {
  mapRoom: {
    hideHint: 'Hide the hint',
    showHint: 'Show the hint',
    hint: 'Hint',
    hideLegend: 'Hide the legend',
    showLegend: 'Show the legend',
    legend: 'Legend',
    hideListPanel: 'Hide the left panel',
    showListPanel: 'Show the left panel',
    hideDetailsPanel: 'Hide the right panel',
    showDetailsPanel: 'Show the right panel',
  },
};
