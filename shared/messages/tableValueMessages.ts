/*
 * The words a table cell shows for a stored value (a plot's status, an allocation's kind): a spreadsheet
 * whose headers are in the planner's language carries its values in that language too («Инфраструктура»,
 * not 'infrastructure'). The same words as the interface's lists.
 */
export const tableValueEn = {
  'tableValue.plotStatus.free': 'Free',
  'tableValue.plotStatus.reserved': 'Reserved',
  'tableValue.plotStatus.allocated': 'Allocated',
  'tableValue.plotStatus.built': 'Built',
  'tableValue.plotStatus.infrastructure': 'Infrastructure',
  'tableValue.plotZone.production': 'Production',
  'tableValue.plotZone.warehouse': 'Warehouse',
  'tableValue.plotZone.office': 'Office and business',
  'tableValue.plotZone.utility': 'Utility',
  'tableValue.plotZone.green': 'Green space',
  'tableValue.plotZone.road': 'Roads',
  'tableValue.allocationKind.reservation': 'Reservation',
  'tableValue.allocationKind.lease': 'Lease',
  'tableValue.allocationKind.ownership': 'Ownership',
  'tableValue.residentStatus.prospect': 'Prospect',
  'tableValue.residentStatus.agreement': 'Agreement signed',
  'tableValue.residentStatus.resident': 'Resident',
  'tableValue.residentStatus.left': 'Left',
  'tableValue.yesNo.yes': 'yes',
  'tableValue.yesNo.no': 'no',
} as const;

export const tableValueRu: Readonly<Record<keyof typeof tableValueEn, string>> = {
  'tableValue.plotStatus.free': 'Свободен',
  'tableValue.plotStatus.reserved': 'Зарезервирован',
  'tableValue.plotStatus.allocated': 'Предоставлен',
  'tableValue.plotStatus.built': 'Застроен',
  'tableValue.plotStatus.infrastructure': 'Инфраструктура',
  'tableValue.plotZone.production': 'Производственная',
  'tableValue.plotZone.warehouse': 'Складская',
  'tableValue.plotZone.office': 'Административно-деловая',
  'tableValue.plotZone.utility': 'Инженерная',
  'tableValue.plotZone.green': 'Озеленение',
  'tableValue.plotZone.road': 'Улично-дорожная сеть',
  'tableValue.allocationKind.reservation': 'Резервирование',
  'tableValue.allocationKind.lease': 'Аренда',
  'tableValue.allocationKind.ownership': 'Собственность',
  'tableValue.residentStatus.prospect': 'Потенциальный',
  'tableValue.residentStatus.agreement': 'Соглашение подписано',
  'tableValue.residentStatus.resident': 'Резидент',
  'tableValue.residentStatus.left': 'Вышел',
  'tableValue.yesNo.yes': 'да',
  'tableValue.yesNo.no': 'нет',
};

/** The lists whose stored values a table words. */
export type TableVocabulary = 'plotStatus' | 'plotZone' | 'allocationKind' | 'residentStatus' | 'yesNo';
