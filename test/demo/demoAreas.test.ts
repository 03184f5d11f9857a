import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import geographiclib from 'geographiclib-geodesic';
import { area as turfArea } from '@turf/area';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry, LinearRing } from '../../shared/domain/geometry';
import type { ProjectSeed } from '../../shared/domain/projectSeed';
import { geodesicArea } from '../../shared/geometry/geodesicArea';

// The figure a planner reads for every demo plot, against GeographicLib's own polygon area (Karney 2013).
const demo = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../assets/demo/demo-project.json'), 'utf8')) as ProjectSeed;

function referenceRing(ring: LinearRing): number {
  const polygon = geographiclib.Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) polygon.AddPoint(lat, lon);
  return Math.abs(polygon.Compute(false, true).area ?? 0);
}

function referenceArea(geometry: AreaGeometry): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((sum, [outer, ...holes]) => sum + (outer ? referenceRing(outer) : 0) - holes.reduce((h, ring) => h + referenceRing(ring), 0), 0);
}

const relative = (value: number, reference: number) => Math.abs(value - reference) / reference;

describe('areas of the demo project', () => {
  it('every plot is within 1e-5 of GeographicLib', () => {
    const errors = demo.plots.map((plot) => relative(geodesicArea(plot.geometry), referenceArea(plot.geometry)));
    expect(errors.length).toBeGreaterThanOrEqual(48);
    expect(Math.max(...errors)).toBeLessThanOrEqual(1e-5);
  });

  it('every park boundary is within 1e-5 of GeographicLib', () => {
    for (const park of demo.parks) expect(relative(geodesicArea(park.boundary), referenceArea(park.boundary))).toBeLessThanOrEqual(1e-5);
  });

  it('reads about 0.44 % more than Turf’s sphere at Ryazan, as DESIGN.md says', () => {
    const ryazansky = demo.parks.find((park) => park.name.includes('Рязанский'));
    if (ryazansky === undefined) throw new Error('no Рязанский in the demo');
    const excess = geodesicArea(ryazansky.boundary) / turfArea({ type: 'Feature', properties: {}, geometry: ryazansky.boundary as never }) - 1;
    expect(excess).toBeGreaterThan(0.0042);
    expect(excess).toBeLessThan(0.0047);
  });
});
