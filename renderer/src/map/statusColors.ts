/*
 * The palette lives in shared/style/palette.ts so the map exports on the Node side draw with the same
 * colours as the map here; this module keeps the renderer's imports where they were.
 */
export { MAP_COLORS, NETWORK_COLORS, SELECTION_COLOR, STATUS_COLORS, STATUS_EDGE_COLORS } from '../../../shared/style/palette';
