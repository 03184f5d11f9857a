import type { Messages } from './ru';

type UtilityEditingMessages = Pick<Messages, 'connectionStatus' | 'quantityProblem' | 'utilityEditing' | 'reportSettings' | 'zoneNetwork' | 'construction' | 'allocatePlots' | 'cellEditing'>;

/** The dashboard's editing (issue 4) in English; spread into en.ts. */
export const utilityEditingEn: UtilityEditingMessages = {
  connectionStatus: {
    requested: 'Requested',
    approved: 'Approved',
    connected: 'Connected',
  },
  quantityProblem: {
    empty: 'Enter a number',
    notNumber: '“{{value}}” is not a number',
    notPositive: 'Must be greater than zero',
    tooLarge: 'At most {{max}}',
  },
  utilityEditing: {
    capacityTitle: 'Park capacity per network',
    network: 'Network',
    capacity: 'Capacity',
    setCapacity: 'Set capacity',
    capacitySaved: '{{network}} capacity: {{value}}',
    connectionsTitle: 'Plot connections',
    plot: 'Plot',
    choosePlot: 'Choose a plot',
    noPlot: 'Choose a plot',
    requested: 'Requested',
    status: 'Status',
    add: 'Add connection',
    save: 'Save',
    edit: 'Edit',
    cancel: 'Cancel',
    noConnections: 'No connections',
    refused: 'Not saved: {{message}}',
    editRow: 'Connection {{plot}}, {{network}}',
  },
  reportSettings: {
    title: 'Report settings',
    railThreshold: 'Rail-served within, m',
    railThresholdHint: 'A plot closer than this to a spur is rail-served (default 50 m)',
    zonesTitle: 'Protection-zone table',
    zonesHint: 'Half-widths apply to this session; the balance sheet is recomputed at once',
    zoneNetwork: 'Network',
    zoneClass: 'Class',
    halfWidth: 'Half-width, m',
    source: 'Source',
    kvRange: '{{from}}–{{to}} kV',
    anyClass: 'any',
    resetZones: 'Restore the regulatory widths',
    edited: 'edited',
  },
  allocatePlots: {
    action: 'Allocate plots',
    title: 'Allocate plots to {{name}}',
    plots: 'Free plots (Ctrl/Shift for several)',
    chosen: 'Chosen: {{count}}',
    noPlots: 'Choose at least one plot',
    noFreePlots: 'No free plot',
  },
  cellEditing: {
    hint: 'Double-click or Enter to edit; Ctrl+Z undoes the edit',
  },
  zoneNetwork: {
    rail: 'Rail spur',
  },
  construction: {
    overhead: 'overhead',
    cable: 'cable',
    insulated: 'insulated',
  },
};
