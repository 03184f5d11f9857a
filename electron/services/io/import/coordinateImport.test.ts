import { describe, expect, it } from 'vitest';
import type { PlotEdited, PlotSaved } from '../../../../shared/contract/editViews';
import { cadastralArea, toCadastral } from '../../../../shared/crs/cadastralArea';
import type { Position } from '../../../../shared/domain/geometry';
import { rectangleAt, type ChannelCalls } from '../../__fixtures__/channelCalls';
import { openDemoPerTest } from '../../__fixtures__/demoPerTest';
import { type DemoProject } from '../../__fixtures__/demoStore';
import { wordedEditState } from '../../__fixtures__/wordedEditState';

let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

const ryazansky = (): number => demo.plot('Р-13').parkId;
const outline = rectangleAt(39.6, 54.7, 120, 80).coordinates[0]!;

/** The outline as an ЕГРН extract prints it: "N X Y", X north, centimetres, the first point repeated. */
function extract(ring: readonly Position[], crs = 'MSK-62-1'): string {
  const rows = ring.map((position, i) => {
    const { x, y } = toCadastral(position, crs);
    return `${i === ring.length - 1 ? 1 : i + 1}\t${x.toFixed(2)}\t${y.toFixed(2)}`;
  });
  return ['№ точки  X  Y', ...rows].join('\n');
}

const distanceM = (a: Position, b: Position): number =>
  Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 111_320);

const CUSTOM = '+proj=tmerc +lat_0=0 +lon_0=39.5 +k=1 +x_0=300000 +y_0=-5500000 +ellps=krass +towgs84=23.57,-140.95,-79.8,0,0.35,0.79,-0.22 +units=m +no_defs';
const WKT =
  'PROJCS["Местная СК участка",GEOGCS["Pulkovo 1942",DATUM["Pulkovo_1942",SPHEROID["Krassowsky 1940",6378245,298.3],TOWGS84[23.57,-140.95,-79.8,0,0.35,0.79,-0.22]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],' +
  'PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",40],PARAMETER["scale_factor",1],PARAMETER["false_easting",1300000],PARAMETER["false_northing",-5400000],UNIT["metre",1]]';

describe('plots:fromCoordinates in any МСК, proj4 or WKT', () => {
  for (const crs of ['MSK-50-2', 'МСК-50, зона 2', CUSTOM, WKT]) {
    it(`reads "N;X;Y" with decimal commas in ${crs.slice(0, 24)}`, async () => {
      const text = extract(outline, crs).replace(/\t/g, ';').replace(/(\d)\.(\d)/g, '$1,$2');
      expect(text).toMatch(/^1;\d+,\d\d;\d+,\d\d$/m);
      const created = await calls.value<PlotEdited>('plots:fromCoordinates', { parkId: ryazansky(), text, crs });
      const ring = demo.store.plots.get(created.plotId as never)!.geometry.coordinates[0]!;
      ring.forEach((position, i) => expect(distanceM(position, outline[i]!)).toBeLessThan(0.01));
    });
  }

  it('refuses naming the CRS actually used: the zone, or the WKT by its name; and a CRS nobody knows', async () => {
    const zone1 = await calls.failure('plots:fromCoordinates', { parkId: ryazansky(), text: extract(outline, 'MSK-50-2'), crs: 'MSK-50-1' });
    expect(zone1).toMatchObject({ code: 'refused', message: expect.stringMatching(/^Line 2: X .* lies outside the area of MSK-50-1;/) });
    const swapped = extract(outline, WKT).split('\n').map((line, i) => (i === 0 ? line : line.replace(/^(\S+)\t(\S+)\t(\S+)$/, '$1\t$3\t$2'))).join('\n');
    const wkt = await calls.failure('plots:fromCoordinates', { parkId: ryazansky(), text: swapped, crs: WKT });
    expect(wkt.message).toMatch(/lies outside the area of Местная СК участка;/);
    const unknown = await calls.failure('plots:fromCoordinates', { parkId: ryazansky(), text: extract(outline), crs: 'MSK-99-1' });
    expect(unknown.message).toMatch(/^"MSK-99-1" is not a coordinate system ParkPlan knows/);
  });
});

describe('plots:fromCoordinates', () => {
  it('creates a plot from "N X Y" lines in МСК-62 zone 1 (X north), within the centimetres printed', async () => {
    const created = await calls.value<PlotEdited>('plots:fromCoordinates', { parkId: ryazansky(), text: extract(outline), crs: 'MSK-62-1' });
    const plot = demo.store.plots.get(created.plotId as never)!;
    expect(plot.code).toBe('Н-1');
    expect(wordedEditState(created.edit).undoLabel).toBe('Plot Н-1 from coordinates');
    const ring = plot.geometry.coordinates[0]!;
    expect(ring).toHaveLength(outline.length);
    ring.forEach((position, i) => expect(distanceM(position, outline[i]!)).toBeLessThan(0.01));
  });

  it('replaces the outline of an existing plot from degrees given as "lat lon" with decimal commas', async () => {
    const plot = demo.plot('Р-13');
    const text = outline.map(([lon, lat]) => `${String(lat).replace('.', ',')} ${String(lon).replace('.', ',')}`).join('\n');
    await calls.value<PlotEdited>('plots:fromCoordinates', { parkId: ryazansky(), plotId: plot.id, text, crs: 'WGS84' });
    expect(demo.store.plots.get(plot.id)!.geometry.coordinates[0]).toEqual(outline);
    const lonLat = outline.map(([lon, lat]) => `${lon} ${lat}`).join('\n');
    await calls.value<PlotEdited>('plots:fromCoordinates', { parkId: ryazansky(), plotId: plot.id, text: lonLat, crs: 'WGS84' });
    expect(demo.store.plots.get(plot.id)!.geometry.coordinates[0]).toEqual(outline);
  });

  it('reads degrees-minutes-seconds', async () => {
    const text = ['54°42\'00" 39°36\'00"', '54°42\'00" 39°36\'10"', '54°42\'05" 39°36\'10"'].join('\n');
    const created = await calls.value<PlotEdited>('plots:fromCoordinates', { parkId: ryazansky(), text, crs: 'WGS84' });
    const ring = demo.store.plots.get(created.plotId as never)!.geometry.coordinates[0]!;
    expect(ring[1]![0]).toBeCloseTo(39 + 36 / 60 + 10 / 3600, 12);
    expect(ring[2]![1]).toBeCloseTo(54 + 42 / 60 + 5 / 3600, 12);
    expect(ring[3]).toEqual(ring[0]);
  });

  it('refuses a bad line with its number, swapped X and Y, and a crossing outline; nothing is saved', async () => {
    const before = demo.fileBytes();
    const lines = extract(outline).split('\n');
    lines[3] = '3 451607,6O 1322107.20';
    const bad = await calls.failure('plots:fromCoordinates', { parkId: ryazansky(), text: lines.join('\n'), crs: 'MSK-62-1' });
    expect(bad).toMatchObject({ code: 'refused', message: expect.stringMatching(/^Line 4: "3 451607,6O 1322107.20" is not "N X Y"/) });
    const swapped = extract(outline).split('\n').map((line, i) => (i === 0 ? line : line.replace(/^(\S+)\t(\S+)\t(\S+)$/, '$1\t$3\t$2'))).join('\n');
    const swap = await calls.failure('plots:fromCoordinates', { parkId: ryazansky(), text: swapped, crs: 'MSK-62-1' });
    expect(swap.message).toMatch(/^Line 2: .* lies outside the area of MSK-62-1; .* are they swapped/);
    const kinked = [outline[0], outline[2], outline[1], outline[3]].map((p) => `${p![0]} ${p![1]}`).join('\n');
    const kink = await calls.failure('plots:fromCoordinates', { parkId: ryazansky(), text: kinked, crs: 'WGS84' });
    expect(kink.message).toContain('The pasted outline: The outline crosses itself');
    expect(demo.fileBytes().equals(before)).toBe(true);
  });
});

describe('plots:fromCoordinates outside the park', () => {
  it('answers a plot pasted 1 km east of the park with the finding and its МСК area outside', async () => {
    const park = demo.store.parks.get(ryazansky() as never)!;
    const positions = park.boundary.type === 'Polygon' ? park.boundary.coordinates.flat() : park.boundary.coordinates.flat(2);
    const east = Math.max(...positions.map(([lon]) => lon));
    const far = rectangleAt(east + 0.016, 54.7, 120, 80);
    const saved = await calls.value<PlotSaved>('plots:fromCoordinates', { parkId: ryazansky(), text: extract(far.coordinates[0]!), crs: 'MSK-62-1' });
    expect(saved.findings.map((finding) => finding.kind)).toEqual(['outside-boundary']);
    // The whole plot, measured on the МСК plan as the land balance leaves it out.
    const plot = demo.store.plots.get(saved.plotId)!;
    expect(saved.findings[0]?.areaM2).toBeCloseTo(cadastralArea(plot.geometry, 'MSK-62-1'), 3);
  });

  it('answers a plot pasted inside with no finding', async () => {
    const saved = await calls.value<PlotSaved>('plots:fromCoordinates', { parkId: ryazansky(), text: extract(outline), crs: 'MSK-62-1' });
    expect(saved.findings.filter((finding) => finding.kind === 'outside-boundary')).toEqual([]);
  });
});
