import type { DistrictRec, ParkRec } from '../dataset/records.js';
import type { GenerateSettings } from './settings.js';
import { chineseNumber, NameBook, PARK_WORDS, placeStem } from './names.js';
import { Random, WeightedPicker } from './random.js';
import { CITY, PROVINCE } from './taxonomy.js';

/** A county-level region where firms and projects can be located. */
export interface Place {
  id: string;
  stem: string;
  /** Its city (`zhengzhou` or a synthetic city): the region of chain leadership. */
  city: string;
  /** The city's name without 市, used as a firm-name prefix (郑州…). */
  cityStem: string;
}

export interface Regions {
  districts: DistrictRec[];
  parks: ParkRec[];
  places: Place[];
  /** Index into `places` of each park. */
  parkPlace: number[];
  /** Picks a place (Zhengzhou's weigh more) or a park, skewed so some are much busier. */
  placePicker: WeightedPicker;
  parkPicker: WeightedPicker;
}

const COUNTY_LEVELS = [
  { level: 'district', suffix: '区', weight: 5 },
  { level: 'county', suffix: '县', weight: 3 },
  { level: 'county_city', suffix: '市', weight: 1 },
  { level: 'functional_zone', suffix: '经济技术开发区', weight: 1 },
] as const;
const PARK_KINDS = [
  { kind: 'industrial_park', words: ['产业园', '工业园'], weight: 10 },
  { kind: 'base', words: ['产业基地'], weight: 3 },
  { kind: 'science_city', words: ['科技城'], weight: 2 },
  { kind: 'small_micro_park', words: ['小微企业园'], weight: 3 },
  { kind: 'zone', words: ['产业集聚区'], weight: 2 },
] as const;

/**
 * The synthetic region tree: cities under Henan, county-level districts under Zhengzhou
 * (about 40 %) and under those cities, and parks each in one of those districts.
 */
export function generateRegions(s: GenerateSettings, regionNames: string[]): Regions {
  const rng = new Random(s.seed, 'regions');
  const reserved = regionNames.map((n) => n.replace(/(省|市|区|县)$/, ''));
  const stems = new NameBook(reserved);
  const stem = () =>
    stems.take(
      () => placeStem(rng),
      (n) => `${placeStem(rng)}${n}`,
    );
  const ref = s.reference;

  const cityCount = Math.max(2, Math.round(s.districts * 0.2));
  const countyCount = Math.max(1, s.districts - cityCount);
  const districts: DistrictRec[] = [];
  const cities = Array.from({ length: cityCount }, (_, i) => {
    const st = stem();
    const id = `gen-city-${pad(i + 1, 2)}`;
    districts.push({
      id,
      name: `${st}市`,
      aliases: [st],
      level: 'city',
      parent: PROVINCE,
      reference: ref,
    });
    return { id, stem: st };
  });

  const places: Place[] = [];
  const placeWeights: number[] = [];
  const levelPicker = new WeightedPicker(COUNTY_LEVELS.map((l) => l.weight));
  for (let i = 0; i < countyCount; i++) {
    const inZhengzhou = i < Math.max(1, Math.round(countyCount * 0.4));
    const city = inZhengzhou
      ? { id: CITY, stem: '郑州' }
      : (cities[i % cityCount] as (typeof cities)[0]);
    const level = COUNTY_LEVELS[levelPicker.pick(rng)] as (typeof COUNTY_LEVELS)[number];
    const st = stem();
    const id = `gen-d-${pad(i + 1, 3)}`;
    districts.push({
      id,
      name: st + level.suffix,
      aliases: [st],
      level: level.level,
      parent: city.id,
      reference: ref,
    });
    places.push({ id, stem: st, city: city.id, cityStem: city.stem });
    placeWeights.push((inZhengzhou ? 2 : 1) * rng.lognormal(1, 0.8));
  }

  const parkNames = new NameBook();
  const kindPicker = new WeightedPicker(PARK_KINDS.map((k) => k.weight));
  const placePicker = new WeightedPicker(placeWeights);
  const parks: ParkRec[] = [];
  const parkPlace: number[] = [];
  const parkWeights: number[] = [];
  for (let i = 0; i < s.parks; i++) {
    const p = placePicker.pick(rng);
    const place = places[p] as Place;
    const kind = PARK_KINDS[kindPicker.pick(rng)] as (typeof PARK_KINDS)[number];
    const word = rng.pick(PARK_WORDS) + rng.pick(kind.words);
    const name = parkNames.take(
      () => place.stem + word,
      (n) => `${place.stem}${word}${chineseNumber(n)}期`,
      1,
    );
    parks.push({
      id: `gen-park-${pad(i + 1, 4)}`,
      name,
      aliases: [word],
      kind: kind.kind,
      district: place.id,
      reference: ref,
    });
    parkPlace.push(p);
    parkWeights.push(rng.lognormal(1, 1));
  }
  return {
    districts,
    parks,
    places,
    parkPlace,
    placePicker,
    parkPicker: new WeightedPicker(parkWeights),
  };
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
