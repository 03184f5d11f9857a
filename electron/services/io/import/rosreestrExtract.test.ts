import { describe, expect, it } from 'vitest';
import { readRosreestrExtract } from './rosreestrExtract';
import { xmlTree } from './xmlTree';
import { formatMessage, type Message } from '../../../../shared/messages/message';

const english = (said: Message): string => formatMessage('en', said);

const read = (xml: string) => readRosreestrExtract(xmlTree(xml, 'test.xml'));

describe('readRosreestrExtract', () => {
  it('reads KPT_v10 X as north and Y as east, closing an open ring and dropping a repeated point', () => {
    const extract = read(`<KPT xmlns="urn://x-artefacts-rosreestr-ru/outgoing/kpt/10.0.1"><CadastralBlocks><CadastralBlock><Parcels>
      <Parcel CadastralNumber="62:15:1:1" State="06"><Area><Area>100</Area><Inaccuracy>4</Inaccuracy></Area>
        <EntitySpatial><SpatialElement>
          <SpelementUnit><Ordinate X="10" Y="20"/></SpelementUnit><SpelementUnit><Ordinate X="10" Y="30"/></SpelementUnit>
          <SpelementUnit><Ordinate X="10" Y="30"/></SpelementUnit><SpelementUnit><Ordinate X="20,5" Y="30"/></SpelementUnit>
        </SpatialElement></EntitySpatial></Parcel></Parcels></CadastralBlock></CadastralBlocks>
      <CoordSystems><CoordSystem Name="МСК-62" CsId="ID1"/></CoordSystems></KPT>`);
    expect(extract?.format).toBe('KPT_v10');
    expect(extract?.crsName).toBe('МСК-62');
    const [parcel] = extract?.parcels ?? [];
    expect(parcel).toMatchObject({ cadastralNumber: '62:15:1:1', declaredAreaM2: 100, areaInaccuracyM2: 4, state: '06', problems: [] });
    expect(parcel?.contours[0]?.[0]).toEqual([{ x: 10, y: 20 }, { x: 10, y: 30 }, { x: 20.5, y: 30 }, { x: 10, y: 20 }]);
    expect(parcel?.repairs.map(english)).toEqual(['contour, outer ring: 1 repeated point removed', 'contour, outer ring: ring closed']);
  });

  it('takes the first spatial element as the outer ring and the rest as holes; several contours stay apart', () => {
    const ring = (x: number, y: number, size: number) =>
      `<spatial_element><ordinates>${[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]].map(([a, b]) => `<ordinate><x>${a}</x><y>${b}</y></ordinate>`).join('')}</ordinates></spatial_element>`;
    const extract = read(`<extract_about_property_land><land_record><object><common_data><cad_number>62:15:1:2</cad_number></common_data></object>
      <contours_location><contours>
        <contour><entity_spatial><spatials_elements>${ring(0, 0, 100)}${ring(10, 10, 5)}</spatials_elements></entity_spatial></contour>
        <contour><entity_spatial><spatials_elements>${ring(200, 0, 50)}</spatials_elements></entity_spatial></contour>
      </contours></contours_location>
      <object_parts><object_part><contours_location><contours><contour><entity_spatial><spatials_elements>${ring(1, 1, 2)}</spatials_elements></entity_spatial></contour></contours></contours_location></object_part></object_parts>
    </land_record></extract_about_property_land>`);
    const [parcel] = extract?.parcels ?? [];
    expect(extract?.parcels).toHaveLength(1);
    expect(parcel?.contours.map((contour) => contour.length)).toEqual([2, 1]);
    expect(parcel?.contours[0]?.[1]?.[0]).toEqual({ x: 10, y: 10 });
  });

  it('makes a circle a 64-sided polygon of its radius, and splits a list of numbers', () => {
    const extract = read(`<extract_cadastral_plan_territory><land_record><object><common_data><cad_number>62:1:1:5; 62:1:1:6</cad_number></common_data></object>
      <contours_location><contours><contour><entity_spatial><spatials_elements><spatial_element><ordinates>
        <ordinate><x>1000</x><y>2000</y><r>5</r></ordinate></ordinates></spatial_element></spatials_elements></entity_spatial></contour></contours></contours_location>
      </land_record></extract_cadastral_plan_territory>`);
    const [parcel] = extract?.parcels ?? [];
    expect(parcel?.cadastralNumber).toBe('62:1:1:5');
    const ring = parcel?.contours[0]?.[0] ?? [];
    expect(ring).toHaveLength(65);
    for (const { x, y } of ring) expect(Math.hypot(x - 1000, y - 2000)).toBeCloseTo(5, 9);
  });

  it('rejects a parcel without a number, without coordinates, or with a ring of two points, saying why', () => {
    const extract = read(`<KVZU><Parcels>
      <Parcel><EntitySpatial><SpatialElement><SpelementUnit><Ordinate X="1" Y="1"/></SpelementUnit><SpelementUnit><Ordinate X="2" Y="2"/></SpelementUnit></SpatialElement></EntitySpatial></Parcel>
      <Parcel CadastralNumber="62:1:1:9"/>
      <Parcel CadastralNumber="62:1:1:10"><EntitySpatial><SpatialElement><SpelementUnit><Ordinate X="a" Y="1"/></SpelementUnit></SpatialElement></EntitySpatial></Parcel>
    </Parcels></KVZU>`);
    expect(extract?.parcels.map((parcel) => [english(parcel.label), parcel.problems.map(english)])).toEqual([
      ['parcel 1', ['contour, outer ring: a ring needs at least 3 distinct points (has 2)', 'no cadastral number']],
      ['62:1:1:9', ['no boundary coordinates (EntitySpatial)']],
      ['62:1:1:10', ['contour, outer ring, point 1: X and Y are not numbers']],
    ]);
  });

  it('is null for XML that is no Rosreestr extract', () => {
    expect(read('<kml><Document/></kml>')).toBeNull();
  });
});
