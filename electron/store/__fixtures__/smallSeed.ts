import type { LinearRing, PolygonGeometry } from '../../../shared/domain/geometry';
import type { ProjectSeed } from '../../../shared/domain/projectSeed';

/** A closed rectangle ring from its south-west and north-east corners. */
function rectangle(west: number, south: number, east: number, north: number): LinearRing {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

/**
 * Plot A-01 of «Рязанский»: its corners have 17 significant digits (shortest exact decimal form), so any
 * rounding between the store and a reader shows. It has a hole (a substation plot cut out).
 */
export const PRECISE_PLOT: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [rectangle(39.612345678901235, 54.701234567890126, 39.623456789012344, 54.712345678901244), rectangle(39.615, 54.705, 39.616, 54.706)],
};

/**
 * A small, illustrative two-park project for store tests: «Рязанский» (Polygon boundary, 3 plots, a spur,
 * a power line) and «Карандаш» (MultiPolygon boundary of two parts, 2 plots, a gas line).
 */
export const SMALL_SEED: ProjectSeed = {
  parks: [
    {
      key: 'ryazansky', name: 'Рязанский', region: 'Рязанская область', declaredAreaHa: 559.6,
      cadastralCrs: 'MSK-62-1', illustrative: true, codePrefix: 'Н-',
      boundary: { type: 'Polygon', coordinates: [rectangle(39.6, 54.69, 39.65, 54.72)] },
    },
    {
      key: 'karandash', name: 'Карандаш', region: 'Лесной', declaredAreaHa: null, cadastralCrs: null, illustrative: true,
      boundary: {
        type: 'MultiPolygon',
        coordinates: [[rectangle(60.42, 58.63, 60.43, 58.64)], [rectangle(60.435, 58.63, 60.44, 58.635)]],
      },
    },
  ],
  plots: [
    { parkKey: 'ryazansky', code: 'A-01', cadastralNumber: '62:15:0000000:123', status: 'allocated', zone: 'production', notes: 'Сухой порт', geometry: PRECISE_PLOT },
    { parkKey: 'ryazansky', code: 'A-02', cadastralNumber: null, status: 'free', zone: 'warehouse', notes: '', geometry: { type: 'Polygon', coordinates: [rectangle(39.625, 54.70, 39.63, 54.705)] } },
    { parkKey: 'ryazansky', code: 'U-01', cadastralNumber: null, status: 'infrastructure', zone: 'utility', notes: 'ПС 110 кВ', geometry: { type: 'Polygon', coordinates: [rectangle(39.64, 54.71, 39.645, 54.715)] } },
    { parkKey: 'karandash', code: '1', cadastralNumber: null, status: 'built', zone: 'production', notes: '', geometry: { type: 'Polygon', coordinates: [rectangle(60.421, 58.631, 60.425, 58.635)] } },
    { parkKey: 'karandash', code: '2', cadastralNumber: null, status: 'reserved', zone: 'office', notes: '', geometry: { type: 'Polygon', coordinates: [rectangle(60.436, 58.631, 60.439, 58.634)] } },
  ],
  residents: [
    { key: 'port', name: 'ООО «Сухой порт «Рязань»»', inn: '6234000001', ogrn: null, sector: 'логистика', okved: '52.10', jobsPlanned: 250, investmentMRub: 1200.5, contact: '', status: 'resident' },
    { key: 'pencil', name: 'ООО «Карандашная фабрика»', inn: '6600000002', ogrn: null, sector: 'канцтовары', okved: null, jobsPlanned: 40, investmentMRub: null, contact: 'info@example.org', status: 'resident' },
    { key: 'crayons', name: 'ООО «Мелки»', inn: '', ogrn: null, sector: 'товары для творчества', okved: null, jobsPlanned: null, investmentMRub: null, contact: '', status: 'prospect' },
  ],
  allocations: [
    { parkKey: 'ryazansky', plotCode: 'A-01', residentKey: 'port', kind: 'lease', agreementNo: 'Д-1/2019', startDate: '2019-03-01', endDate: null },
    { parkKey: 'karandash', plotCode: '1', residentKey: 'crayons', kind: 'reservation', agreementNo: 'Р-7', startDate: '2020-01-10', endDate: '2020-06-30' },
    { parkKey: 'karandash', plotCode: '1', residentKey: 'pencil', kind: 'ownership', agreementNo: 'К-2', startDate: '2020-07-01', endDate: null },
  ],
  railSpurs: [
    { parkKey: 'ryazansky', name: 'Путь на Дягилево', status: 'construction', station: 'Дягилево', geometry: { type: 'LineString', coordinates: [[39.6, 54.705], [39.62, 54.7051], [39.65, 54.7052]] } },
  ],
  utilityLines: [
    { parkKey: 'ryazansky', network: 'power', name: 'КЛ 10 кВ', capacity: 8000, serviceClass: '10 kV', status: 'operating', geometry: { type: 'LineString', coordinates: [[39.6425, 54.7125], [39.62, 54.7]] } },
    { parkKey: 'karandash', network: 'gas', name: 'Газопровод СД', capacity: 300, serviceClass: 'medium pressure', status: 'planned', geometry: { type: 'LineString', coordinates: [[60.42, 58.63], [60.44, 58.632]] } },
  ],
  utilityConnections: [
    { parkKey: 'ryazansky', plotCode: 'A-01', network: 'power', requestedCapacity: 2500, status: 'connected' },
    { parkKey: 'karandash', plotCode: '1', network: 'gas', requestedCapacity: 120, status: 'approved' },
  ],
  capacities: [
    { parkKey: 'ryazansky', network: 'power', capacity: 25000 },
    { parkKey: 'ryazansky', network: 'water', capacity: 1500 },
    { parkKey: 'karandash', network: 'gas', capacity: 300 },
  ],
};
