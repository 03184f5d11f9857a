import { spawnSync } from 'node:child_process';

/*
 * PROJ as the oracle for planar МСК areas: Debian's python3-pyproj (under /usr/bin/python3, not the
 * python first on PATH) projects every vertex with the given proj4 string and sums the shoelace area of
 * each polygon's outer ring less its holes. Nothing of ours is involved but the proj4 text.
 */

const PYTHON = '/usr/bin/python3';

const SCRIPT = `
import json, sys
from pyproj import CRS, Transformer
jobs = json.load(sys.stdin)
out = []
for job in jobs:
    t = Transformer.from_crs(CRS.from_epsg(4326), CRS.from_proj4(job["proj4"]), always_xy=True)
    total = 0.0
    for polygon in job["polygons"]:
        for index, ring in enumerate(polygon):
            xs, ys = t.transform([p[0] for p in ring], [p[1] for p in ring])
            s = 0.0
            for i in range(len(ring) - 1):
                s += (xs[i] - xs[0]) * (ys[i + 1] - ys[0]) - (xs[i + 1] - xs[0]) * (ys[i] - ys[0])
            total += abs(s) / 2 * (1 if index == 0 else -1)
    out.append(total)
print(json.dumps(out))
`;

type Ring = readonly (readonly number[])[];

export interface PlanarAreaJob {
  readonly proj4: string;
  readonly polygons: readonly (readonly Ring[])[];
}

/** The planar area (m²) of each job's polygons in its proj4 CRS, by PROJ. */
export function projPlanarAreas(jobs: readonly PlanarAreaJob[]): number[] {
  const run = spawnSync(PYTHON, ['-c', SCRIPT], { input: JSON.stringify(jobs), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pyproj failed (is python3-pyproj installed?): ${run.stderr}`);
  return JSON.parse(run.stdout) as number[];
}
