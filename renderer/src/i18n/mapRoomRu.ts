/** The toggles that fold the hint, the legend and the side panels away from the map (issue 11), spread into ru.ts. */
export const mapRoomRu = {
  mapRoom: {
    hideHint: 'Скрыть подсказку',
    showHint: 'Показать подсказку',
    hint: 'Подсказка',
    hideLegend: 'Скрыть легенду',
    showLegend: 'Показать легенду',
    legend: 'Легенда',
    hideListPanel: 'Скрыть левую панель',
    showListPanel: 'Показать левую панель',
    hideDetailsPanel: 'Скрыть правую панель',
    showDetailsPanel: 'Показать правую панель',
  },
} as const;
