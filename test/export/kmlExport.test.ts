import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLOT_STATUSES } from '../../shared/domain/plot';
import { STATUS_COLORS } from '../../shared/style/palette';
import { openProject } from '../../electron/store/project';
import { CLI_TIMEOUT, exportOk, gdalLayer, readGeoJson, writeDemo } from './exportSupport';

const dir = mkdtempSync(join(tmpdir(), 'parkplan-export-kml-'));
const project = join(dir, 'demo.gpkg');
const HOSTILE_RESIDENT = 'ООО «Рога & Копыта» <Опт> "Ёлка"';
const HOSTILE_SPUR = 'Путь №3 & <тупик> \'Север\'';

beforeAll(() => {
  writeDemo(project);
  // Names a careless writer would break: XML markup characters next to Cyrillic.
  const store = openProject(project);
  try {
    store.transaction(() => {
      const allocated = store.allocations.listActive()[0];
      const resident = allocated === undefined ? null : store.residents.get(allocated.residentId);
      if (resident === null || resident === undefined) throw new Error('the demo has no active allocation');
      store.residents.update({ ...resident, name: HOSTILE_RESIDENT });
      const spur = store.railSpurs.list()[0];
      if (spur === undefined) throw new Error('the demo has no rail spur');
      store.railSpurs.update({ ...spur, name: HOSTILE_SPUR });
    });
  } finally {
    store.close();
  }
}, CLI_TIMEOUT);

describe('parkplan export OUT.kml', () => {
  it('GDAL reads back every plot, spur and line with exact coordinates, areas and escaped names', () => {
    const kml = join(dir, 'park.kml');
    const geojson = join(dir, 'park.geojson');
    exportOk(project, kml);
    exportOk(project, geojson);
    const ours = readGeoJson(geojson);

    const plots = gdalLayer(kml, 'Участки');
    const ourPlots = ours.filter((feature) => feature.properties.layer === 'plots');
    expect(plots).toHaveLength(ourPlots.length);
    ourPlots.forEach((plot, index) => {
      const read = plots[index];
      expect(read?.properties['Name']).toBe(plot.properties['code']);
      expect(read?.properties['status']).toBe(plot.properties['status']);
      expect(read?.properties['resident'] ?? '').toBe(plot.properties['residentName'] ?? '');
      expect(Number(read?.properties['area_m2'])).toBe(plot.properties['areaM2']);
      expect(read?.geometry).toEqual(plot.geometry);
    });
    expect(plots.some((plot) => plot.properties['resident'] === HOSTILE_RESIDENT)).toBe(true);

    const spurs = gdalLayer(kml, 'Подъездные пути');
    expect(spurs.map((spur) => spur.properties['Name'])).toContain(HOSTILE_SPUR);
    const ourSpurs = ours.filter((feature) => feature.properties.layer === 'rail_spurs');
    // KML carries no z here, so GDAL's 2D line equals ours to the last bit.
    expect(spurs.map((spur) => spur.geometry)).toEqual(ourSpurs.map((spur) => spur.geometry));
    const lines = gdalLayer(kml, 'Инженерные сети');
    expect(lines).toHaveLength(ours.filter((feature) => feature.properties.layer === 'utility_lines').length);
  }, CLI_TIMEOUT);

  it('styles each plot by its status colour (KML aabbggrr)', () => {
    const text = readFileSync(join(dir, 'park.kml'), 'utf8');
    for (const status of PLOT_STATUSES) {
      const hex = STATUS_COLORS[status];
      const abgr = `b3${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`;
      expect(text).toContain(`<Style id="plot-${status}">`);
      expect(text).toMatch(new RegExp(`<Style id="plot-${status}">.*?<PolyStyle><color>${abgr}</color>`));
    }
    const ours = readGeoJson(join(dir, 'park.geojson')).filter((feature) => feature.properties.layer === 'plots');
    const styled = [...text.matchAll(/<Placemark><name>([^<]*)<\/name><styleUrl>#plot-(\w+)<\/styleUrl>/g)].map((match) => match[2]);
    expect(styled).toEqual(ours.map((plot) => plot.properties['status']));
    expect(text).toContain('Рога &amp; Копыта» &lt;Опт&gt; &quot;Ёлка&quot;');
  }, CLI_TIMEOUT);

  it('is well-formed XML by a strict parser', () => {
    // xmllint is not installed everywhere; GDAL's plain KML driver uses expat and fails on bad XML.
    const result = spawnSync('/usr/bin/ogrinfo', ['-ro', '-so', '--config', 'OGR_SKIP', 'LIBKML', join(dir, 'park.kml')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("using driver `KML'");
  }, CLI_TIMEOUT);
});
