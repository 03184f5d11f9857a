import { PLOT_STATUSES } from '../../../../shared/domain/plot';
import { NETWORKS } from '../../../../shared/domain/utility';
import { MAP_COLORS, NETWORK_COLORS, STATUS_COLORS } from '../../../../shared/style/palette';
import { writeFileAtomic } from './atomicOutput';
import { buildMapLayers } from '../../project/mapLayers';
import type { ExportWriter } from './exporter';
import { kmlArea, kmlLine } from './kmlGeometry';
import { xmlText } from './xmlText';

/** KML writes colours as aabbggrr; `opacity` is 0..1. */
export function kmlColor(hex: string, opacity = 1): string {
  const [r, g, b] = [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  const alpha = Math.round(opacity * 255).toString(16).padStart(2, '0');
  return `${alpha}${b}${g}${r}`.toLowerCase();
}

const STYLES = [
  ...PLOT_STATUSES.map(
    (status) =>
      `<Style id="plot-${status}"><LineStyle><color>${kmlColor(MAP_COLORS.plotOutline)}</color><width>1</width></LineStyle>` +
      `<PolyStyle><color>${kmlColor(STATUS_COLORS[status], 0.7)}</color></PolyStyle></Style>`,
  ),
  `<Style id="park"><LineStyle><color>${kmlColor(MAP_COLORS.parkOutline)}</color><width>2</width></LineStyle><PolyStyle><fill>0</fill></PolyStyle></Style>`,
  `<Style id="rail"><LineStyle><color>${kmlColor(MAP_COLORS.rail)}</color><width>3</width></LineStyle></Style>`,
  ...NETWORKS.map((network) => `<Style id="net-${network}"><LineStyle><color>${kmlColor(NETWORK_COLORS[network])}</color><width>2</width></LineStyle></Style>`),
].join('\n');

type Fields = Readonly<Record<string, string | number | null>>;

const extendedData = (fields: Fields): string =>
  `<ExtendedData>${Object.entries(fields)
    .map(([name, value]) => `<Data name="${xmlText(name)}"><value>${xmlText(value)}</value></Data>`)
    .join('')}</ExtendedData>`;

const placemark = (name: string, style: string, fields: Fields, geometry: string): string =>
  `<Placemark><name>${xmlText(name)}</name><styleUrl>#${style}</styleUrl>${extendedData(fields)}${geometry}</Placemark>`;

const folder = (name: string, placemarks: readonly string[]): string => `<Folder><name>${xmlText(name)}</name>\n${placemarks.join('\n')}\n</Folder>`;

/**
 * KML for Google Earth and the regional portals: park outlines, plots filled by status colour with area,
 * status and resident in ExtendedData, rail spurs and utility lines styled by network. Coordinates keep
 * full precision (KML is always WGS84 lon,lat).
 */
export const kmlExporter: ExportWriter = {
  write({ snapshot, outFile, today }) {
    const layers = buildMapLayers(snapshot, today);
    const plots = new Map(snapshot.plots.map((plot) => [plot.id, plot]));
    const parkNames = new Map(snapshot.parks.map((park) => [park.id, park.name]));
    const parks = layers.parks.features.map((feature) =>
      placemark(feature.properties.name, 'park', { boundary_area_ha: feature.properties.boundaryAreaHa }, kmlArea(feature.geometry)),
    );
    const plotMarks = layers.plots.features.map(({ properties, geometry }) =>
      placemark(
        properties.code,
        `plot-${properties.status}`,
        {
          park: parkNames.get(properties.parkId) ?? null,
          code: properties.code,
          cadastral_number: plots.get(properties.id)?.cadastralNumber ?? null,
          status: properties.status,
          zone: properties.zone,
          area_m2: properties.areaM2,
          area_ha: properties.areaHa,
          resident: properties.residentName,
        },
        kmlArea(geometry),
      ),
    );
    const spurs = layers.railSpurs.features.map(({ properties, geometry }) =>
      placemark(properties.name, 'rail', { status: properties.status, station: properties.station, length_m: properties.lengthM }, kmlLine(geometry.coordinates)),
    );
    const lines = layers.utilityLines.features.map(({ properties, geometry }) =>
      placemark(
        properties.name,
        `net-${properties.network}`,
        { network: properties.network, capacity: properties.capacity, service_class: properties.serviceClass, status: properties.status, length_m: properties.lengthM },
        kmlLine(geometry.coordinates),
      ),
    );
    const title = snapshot.parks.map((park) => park.name).join('; ') || 'ParkPlan';
    const kml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>',
      `<name>${xmlText(title)}</name>`,
      STYLES,
      folder('Парки', parks),
      folder('Участки', plotMarks),
      folder('Подъездные пути', spurs),
      folder('Инженерные сети', lines),
      '</Document></kml>',
      '',
    ].join('\n');
    writeFileAtomic(outFile, kml);
    const count = parks.length + plotMarks.length + spurs.length + lines.length;
    return { files: [{ path: outFile, summary: `${count} placemarks` }] };
  },
};
