import { describe, expect, it } from 'vitest';
import { CADASTRAL_ZONES, CADASTRAL_ZONE_KEYS } from '../../../../shared/crs/cadastralZones';
import { mifCoordSys } from './mifCoordSys';

/** A zone's proj4 parameters as the numbers MapInfo writes (rotations turned to its sign convention). */
function clauseFor(proj4: string): string {
  const value = (key: string) => proj4.match(new RegExp(`\\+${key}=(\\S+)`))?.[1] ?? '0';
  const [dx, dy, dz, rx, ry, rz, ds] = value('towgs84').split(',').map(Number);
  const turned = [rx, ry, rz].map((r) => (r === 0 ? 0 : -(r ?? 0)));
  return `Earth Projection 8, 9999, 3, ${dx}, ${dy}, ${dz}, ${turned.join(', ')}, ${ds}, 0, "m", ${value('lon_0')}, ${value('lat_0')}, ${value('k')}, ${value('x_0')}, ${value('y_0')} Bounds (0, 0) (9000000, 9000000)`;
}

describe('mifCoordSys', () => {
  it.each(CADASTRAL_ZONE_KEYS)('knows %s from the CoordSys MapInfo writes for it', (key) => {
    expect(mifCoordSys(clauseFor(CADASTRAL_ZONES[key].proj4))?.declared).toBe(key);
  });

  it('keeps a clause that is no zone of the table as its proj4, rotations turned back', () => {
    const crs = mifCoordSys('Earth Projection 8, 9999, 3, 23.57, -140.95, -79.8, 0, -0.35, -0.79, -0.22, 0, "m", 39.5, 0, 1, 1250000, -5612900.566');
    expect(crs?.declared).toBe(crs?.proj4);
    expect(crs?.proj4).toContain('+towgs84=23.57,-140.95,-79.8,0,0.35,0.79,-0.22');
    expect(crs?.proj4).toContain('+lon_0=39.5');
  });
});
