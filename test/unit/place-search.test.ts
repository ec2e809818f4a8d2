import { describe, expect, it } from 'vitest';
import { adminPlaces, buildPlaceIndex, dedupePlaces, landmarkPlaces, pinyinName } from '../../src/lib/place-index.ts';
import { searchPlaces, type Place } from '../../src/lib/place-search.ts';

const place = (name_zh: string, name_en: string, kind: Place['kind'] = 'landmark', extra: Partial<Place> = {}): Place => ({
  id: `${kind}:${name_zh}`,
  kind,
  name_zh,
  name_en,
  point: [111.7, 40.8],
  ...extra,
});

const PLACES: Place[] = [
  place('呼和浩特市', 'Hohhot', 'city'),
  place('赛罕区', 'Saihan District', 'district', { adcode: '150105' }),
  place('托克托县', 'Togtoh County', 'district', { adcode: '150122', aliases: ['托县'] }),
  place('沙良物流园区', 'Shaliang Logistics Park', 'feature', { featureId: 'park-shaliang' }),
  place('呼和浩特东站', 'Hohhot East Railway Station', 'metro'),
  place('金山高新区', 'Jinshan High-tech Zone', 'feature', { featureId: 'zone-jinshan' }),
  place('新华广场', 'Xinhua Square', 'metro'),
];
const index = buildPlaceIndex(PLACES);
const names = (q: string) => searchPlaces(index, q).map((h) => h.place.name_zh);

describe('searchPlaces', () => {
  it('finds a Chinese name exactly', () => {
    expect(searchPlaces(index, '赛罕区')[0]).toMatchObject({ place: { name_zh: '赛罕区' }, rank: 'exact' });
  });

  it('finds a Chinese name by its beginning and by a part of it', () => {
    expect(searchPlaces(index, '赛罕')[0]).toMatchObject({ place: { name_zh: '赛罕区' }, rank: 'prefix' });
    expect(searchPlaces(index, '物流')[0]).toMatchObject({ place: { name_zh: '沙良物流园区' }, rank: 'substring' });
  });

  it('finds a place by an alias', () => {
    expect(names('托县')[0]).toBe('托克托县');
  });

  it('finds English names regardless of case and spaces', () => {
    expect(names('saihan')[0]).toBe('赛罕区');
    expect(names('Xinhua Sq')[0]).toBe('新华广场');
    expect(names('HOHHOT EAST')).toEqual(['呼和浩特东站']);
  });

  it('finds pinyin without tones', () => {
    expect(names('huhehaote')[0]).toBe('呼和浩特市');
    expect(names('shaliang')).toEqual(['沙良物流园区']);
    expect(names('tuoketuo')).toEqual(['托克托县']);
  });

  it('finds pinyin with tone marks only when the tones match', () => {
    expect(names('sàihǎn')).toEqual(['赛罕区']);
    expect(names('sāihān')).toEqual([]);
  });

  it('finds pinyin that starts on a later syllable but not inside a syllable', () => {
    expect(names('wuliu')).toEqual(['沙良物流园区']);
    expect(names('aihan')).toEqual([]);
  });

  it('finds initials, with zh/ch/sh typed as one letter or two', () => {
    expect(searchPlaces(index, 'hhht')[0]).toMatchObject({ place: { name_zh: '呼和浩特市' }, rank: 'initials' });
    expect(names('shl')).toEqual(['沙良物流园区']);
    expect(names('sl')).toEqual(['沙良物流园区']);
  });

  it('ranks exact before prefix before substring before initials', () => {
    const idx = buildPlaceIndex([
      place('土尔基山', 'Tuerji Shan'),
      place('呼和浩特', 'Huhehaote'),
      place('特色街', 'Tese Street'),
      place('特', 'Te'),
    ]);
    const hits = searchPlaces(idx, 'te');
    expect(hits.map((h) => [h.place.name_zh, h.rank])).toEqual([
      ['特', 'exact'],
      ['特色街', 'prefix'],
      ['呼和浩特', 'substring'],
      ['土尔基山', 'initials'],
    ]);
  });

  it('puts the city and districts before landmarks within a tier', () => {
    expect(names('呼和浩特')).toEqual(['呼和浩特市', '呼和浩特东站']);
  });

  it('returns nothing for an empty or punctuation-only query, and honours the limit', () => {
    expect(searchPlaces(index, '   ')).toEqual([]);
    expect(searchPlaces(index, '·—')).toEqual([]);
    expect(searchPlaces(index, 'h', 2)).toHaveLength(2);
  });
});

describe('building the place list', () => {
  const seats = [
    { geometry: { type: 'Point', coordinates: [111.664, 40.817] }, properties: { name: '呼和浩特市', adcode: 150100 } },
    { geometry: { type: 'Point', coordinates: [111.127, 40.719] }, properties: { name: '土默特左旗', adcode: 150121 } },
  ];
  const counties = [
    {
      geometry: { type: 'Polygon', coordinates: [[[111.6, 40.7], [111.8, 40.7], [111.8, 40.9], [111.6, 40.7]]] },
      properties: { name: '赛罕区', adcode: '150105' },
    },
  ];
  const districts = {
    '150105': { name_zh: '赛罕区', name_en: 'Saihan District' },
    '150121': { name_zh: '土默特左旗', name_en: 'Tumed Left Banner' },
  };

  it('pins a district at its seat, or at the centre of its outline when the seat is unknown', () => {
    const places = adminPlaces(districts, seats, counties);
    expect(places.find((p) => p.id === 'district:150121')?.point).toEqual([111.127, 40.719]);
    const centre = places.find((p) => p.id === 'district:150105')!.point;
    expect(centre[0]).toBeCloseTo(111.7, 9);
    expect(centre[1]).toBeCloseTo(40.8, 9);
  });

  it('adds the city and the seat town of a banner', () => {
    const idx = buildPlaceIndex(adminPlaces(districts, seats, counties));
    expect(searchPlaces(idx, 'chasuqi')[0]?.place).toMatchObject({ name_zh: '察素齐镇', point: [111.127, 40.719] });
    expect(searchPlaces(idx, '土左')[0]?.place.name_zh).toBe('土默特左旗');
    expect(searchPlaces(idx, 'hhht')[0]?.place.kind).toBe('city');
  });

  it('skips unnamed landmarks and gives pinyin English names to the rest', () => {
    const parks = landmarkPlaces(
      [
        { geometry: { type: 'Polygon', coordinates: [[[111.6, 40.8], [111.61, 40.8], [111.61, 40.81], [111.6, 40.8]]] }, properties: { name: '青城公园' } },
        { geometry: { type: 'Polygon', coordinates: [[[111.6, 40.8], [111.61, 40.8], [111.61, 40.81], [111.6, 40.8]]] }, properties: {} },
      ],
      'park',
    );
    expect(parks).toHaveLength(1);
    expect(parks[0]).toMatchObject({ name_zh: '青城公园', name_en: 'Qingcheng Gongyuan' });
    expect(parks[0]!.point[0]).toBeCloseTo(111.605, 9);
  });

  it('keeps one place per Chinese name, preferring the plan feature', () => {
    const out = dedupePlaces([place('敕勒川公园', 'Chilechuan Park', 'park'), place('敕勒川公园', 'Chilechuan Park', 'feature')]);
    expect(out.map((p) => p.kind)).toEqual(['feature']);
  });

  it('renders pinyin names in readable pairs', () => {
    expect(pinyinName('新华广场')).toBe('Xinhua Guangchang');
  });
});
