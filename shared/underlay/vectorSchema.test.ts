import { describe, expect, it } from 'vitest';
import { vectorSchemaOf } from './vectorSchema';

describe('vectorSchemaOf', () => {
  it('tells OpenMapTiles from Protomaps by their own layer names, not the shared ones', () => {
    expect(vectorSchemaOf(['water', 'landcover', 'landuse', 'transportation', 'transportation_name', 'place', 'building'])).toBe('openmaptiles');
    expect(vectorSchemaOf(['earth', 'water', 'landcover', 'landuse', 'roads', 'buildings', 'places', 'pois', 'boundaries'])).toBe('protomaps');
    // water and landuse are in both: they decide nothing.
    expect(vectorSchemaOf(['water', 'landuse', 'landcover'])).toBe('other');
    expect(vectorSchemaOf(['parcels', 'contours'])).toBe('other');
    expect(vectorSchemaOf([])).toBe('other');
  });
});
