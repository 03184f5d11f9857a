import { cadastreEn } from './cadastreEn';
import { underlaysEn } from './underlaysEn';
import { mapRoomEn } from './mapRoomEn';
import { syncEn } from './syncEn';
import { drawingEn } from './drawingEn';
import { exchangeEn } from './exchangeEn';
import { importJobsEn } from './importJobsEn';
import { importChoicesEn } from './importChoicesEn';
import { plotEditingEn } from './plotEditingEn';
import { utilityEditingEn } from './utilityEditingEn';
import { registryEn } from './registryEn';
import { projectFilesEn } from './projectFilesEn';
import { parksEn } from './parksEn';
import type { Messages } from './ru';

export const en: Messages = {
  app: {
    name: 'ParkPlan',
    tagline: 'Industrial park planning',
    loading: 'Loading the project…',
    loadFailed: 'Could not load the project: {{message}}',
  },
  header: {
    parks: 'Parks',
    showPark: 'Show park “{{name}}”',
    showAll: 'All parks',
    showAllHint: 'Show all parks',
    summary: 'Park summary',
    illustrative: 'illustrative data',
    illustrativeHint: 'Demonstration data, not a land survey',
  },
  language: {
    label: 'Interface language',
    ru: 'Russian',
    en: 'English',
  },
  layers: {
    title: 'Layers',
    boundary: 'Park boundary',
    plots: 'Plots',
    labels: 'Plot labels',
    railSpurs: 'Rail spurs',
    utilityLines: 'Utility lines',
    cadastralParcels: 'Cadastral parcels (EGRN)',
    parcelNumbers: 'Cadastral numbers',
    networks: 'Networks',
  },
  network: {
    power: 'Power',
    gas: 'Gas',
    water: 'Water',
    sewer: 'Sewer',
    heat: 'Heat',
    telecom: 'Telecom',
    storm: 'Storm water',
  },
  status: {
    free: 'Free',
    reserved: 'Reserved',
    allocated: 'Allocated',
    built: 'Built',
    infrastructure: 'Infrastructure',
  },
  zone: {
    production: 'Production',
    warehouse: 'Warehouse',
    office: 'Office',
    utility: 'Utility',
    green: 'Green',
    road: 'Road',
  },
  allocationKind: {
    reservation: 'Reservation',
    lease: 'Lease',
    ownership: 'Ownership',
  },
  plotList: {
    title: 'Plot list',
    code: 'Plot',
    area: 'Area, ha',
    status: 'Status',
    resident: 'Resident',
    sortBy: 'Sort by {{column}}',
    count: 'Plots: {{count}}',
    empty: 'The park has no plots',
    search: 'Find a plot',
    searchPlaceholder: 'Code, cadastral number or resident (Ctrl+F)',
    noHits: 'No plot answers «{{query}}»',
  },
  details: {
    title: 'Plot details',
    none: 'Select a plot on the map or in the list',
    loading: 'Loading…',
    failed: 'Could not get the details: {{message}}',
    close: 'Clear selection',
    park: 'Park',
    cadastralNumber: 'Cadastral number',
    notRegistered: 'not registered',
    status: 'Status',
    zone: 'Zone',
    area: 'Area',
    perimeter: 'Perimeter',
    areaCadastralHint: 'Planar area in the park’s cadastral coordinate system, rounded to 1 m² as the EGRN (Unified State Register) states it',
    geodesicArea: 'Geodesic area',
    geodesicAreaHint: 'Area on the WGS84 ellipsoid (as QGIS ellipsoidal measurement and PostGIS geography give it)',
    vertices: 'Vertices',
    resident: 'Resident',
    noResident: 'none',
    sector: 'Sector',
    allocation: 'Held by',
    agreement: '{{kind}}, agreement No. {{number}} of {{date}}',
    notes: 'Notes',
  },
  legend: {
    selected: 'Selected plot',
    title: 'Plot status',
  },
  map: {
    label: 'Map',
    // Kept free of the word "map" so that the canvas and the Map region have distinct accessible names.
    canvas: 'Site plan: drag to pan, scroll to zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetBearing: 'Reset north',
    toggleAttribution: 'Toggle attribution',
    metres: 'm',
    kilometres: 'km',
  },
  ...registryEn,
  ...projectFilesEn,
  ...parksEn,
  ...drawingEn,
  ...underlaysEn,
  ...mapRoomEn,
  ...cadastreEn,
  ...syncEn,
  ...plotEditingEn,
  ...utilityEditingEn,
  ...exchangeEn,
  ...importJobsEn,
  ...importChoicesEn,
};
