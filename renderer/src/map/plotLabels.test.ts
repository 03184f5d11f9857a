import { describe, expect, it } from 'vitest';
import type { FeatureCollection, PlotFeatureProps } from '../../../shared/contract/views';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import { plotAreaLabel, withPlotLabels } from './plotLabels';

const NBSP = '\u00a0';

describe('plotAreaLabel', () => {
  it('writes the area with a Russian decimal comma', () => {
    expect(plotAreaLabel(12.4321, 'ru')).toBe(`12,4${NBSP}га`);
  });

  it('uses a decimal dot and "ha" in English', () => {
    expect(plotAreaLabel(12.4321, 'en')).toBe(`12.4${NBSP}ha`);
  });

  it('gives plots under a hectare two decimals', () => {
    expect(plotAreaLabel(0.437, 'ru')).toBe(`0,44${NBSP}га`);
  });
});

describe('withPlotLabels', () => {
  it('labels every plot and keeps its other properties', () => {
    const plots: FeatureCollection<PolygonGeometry, PlotFeatureProps> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 3,
          geometry: { type: 'Polygon', coordinates: [] },
          properties: {
            id: 3 as PlotId,
            parkId: 1 as ParkId,
            code: 'Р-01',
            status: 'free',
            zone: 'production',
            areaM2: 52_000,
            areaHa: 5.2,
            areaM2Geodesic: 51_993,
            areaM2Cadastral: 52_000,
            areaCrs: 'MSK-62-1',
            areaInsideParkM2: 52_000,
            areaOutsideParkM2: 0,
            residentId: null, residentName: null, cadastralNumber: null,
          },
        },
      ],
    };
    const [feature] = withPlotLabels(plots, 'en').features;
    expect(feature?.properties.areaLabel).toBe(`5.2${NBSP}ha`);
    expect(feature?.properties.code).toBe('Р-01');
    expect(feature?.properties.status).toBe('free');
    expect(feature?.id).toBe(3);
  });
});
