// Builds src/data/map.tsv: a small, simplified SVG map of the Baltic Sea region, projected and
// clipped to a fixed viewBox, one path per state plus a label anchor. Run by hand after changing
// anything here:  node scripts/map.mjs
//
// Why a script and a checked-in TSV rather than shipping TopoJSON: the app only needs ~17 shapes
// at one size, so doing the projection, simplification and rounding once, here, keeps the
// browser free of d3/topojson and the data down to a few KB of plain SVG path strings.
//
// Source: Natural Earth 1:50m Admin 0 countries (public domain), as redistributed in TopoJSON by
// the npm package world-atlas (ISC licence), pinned in package.json so the output is reproducible.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { geoConicConformal, geoPath } from 'd3-geo';

const root = new URL('..', import.meta.url);
const SOURCE = 'node_modules/world-atlas/countries-50m.json';
// `node scripts/map.mjs [OUTPUT]`: the test writes elsewhere and compares with the committed file.
const OUTPUT = process.argv[2] ?? 'src/data/map.tsv';
// Read back from the installed package rather than typed in, so the header cannot go stale.
const ATLAS_VERSION = JSON.parse(
  readFileSync(new URL('node_modules/world-atlas/package.json', root), 'utf8'),
).version;

// The states, in output order. world-atlas identifies countries by ISO 3166-1 *numeric* code (a
// string such as "233"); the app speaks ISO alpha-2, so the mapping is spelled out here instead
// of pulling in a lookup package for 17 entries.
//   focus     – the states the article is about (they withdrew from, or "suspended", the treaty)
//   neighbour – the states their decisions are about
//   context   – drawn in grey so the coastline and the land around the focus states read right
const STATES = [
  [['233'], 'EE', 'focus'],
  [['428'], 'LV', 'focus'],
  [['440'], 'LT', 'focus'],
  // Natural Earth lists Åland (248), an autonomous region of Finland, as a unit of its own; the
  // treaty binds Finland there too, so its islands are drawn as part of Finland.
  [['246', '248'], 'FI', 'focus'],
  [['616'], 'PL', 'focus'],
  [['804'], 'UA', 'focus'],
  [['643'], 'RU', 'neighbour'],
  [['112'], 'BY', 'neighbour'],
  [['752'], 'SE', 'context'],
  [['578'], 'NO', 'context'],
  [['276'], 'DE', 'context'],
  [['208'], 'DK', 'context'],
  [['203'], 'CZ', 'context'],
  [['703'], 'SK', 'context'],
  [['348'], 'HU', 'context'],
  [['642'], 'RO', 'context'],
  [['498'], 'MD', 'context'],
  // The south-west corner of the frame: without them it would read as sea.
  [['040'], 'AT', 'context'],
  [['705'], 'SI', 'context'],
  [['191'], 'HR', 'context'],
  [['070'], 'BA', 'context'],
  [['688'], 'RS', 'context'],
];

// Natural Earth (4.1.0, the edition world-atlas 2.0.2 ships) draws Crimea as part of Russia: it
// follows de facto control. The app shows Ukraine as a focus state next to an article about
// international law, so it uses the internationally recognised border instead (UN General
// Assembly resolution 68/262): Crimea's polygon is moved from Russia to Ukraine and dissolved
// into it. Set to false to keep Natural Earth's depiction.
const CRIMEA_TO_UKRAINE = true;
// Crimea is the one polygon of Russia lying wholly inside this lon/lat box.
const CRIMEA_BOX = [[32, 44], [37, 46.5]];

// --- Projection -------------------------------------------------------------------------------
// Lambert conformal conic, the usual projection for European maps (cf. EPSG:3034): shapes stay
// right, which matters more than exact areas for recognising Estonia's coast or Finland. The
// central meridian 27° E runs through Estonia and Finland so the region stands upright; the
// standard parallels 50° N and 66° N bracket the states of interest.
const WIDTH = 400;
const HEIGHT = 520;
const MARGIN = 6; // px kept free around the points below
const CENTRAL_MERIDIAN = 27;
const PARALLELS = [50, 66];
// The points that must be on the map: Finland's and Norway's north, Crimea's south coast,
// Poland's west border and Ukraine's east. Fitting to them (not to whole countries) is what lets
// Russia be cut off at the frame instead of stretching the map to Kamchatka. The region is taller
// (about 27° of latitude, 3,000 km) than it is wide, so the height binds: at 400 × 520 the frame
// spans about 13.5–42° E along its southern edge and 8.5–47° E at 56.5° N, and 1 px ≈ 5.9 km.
const FIT_POINTS = [
  [25.8, 71.2], // Nordkapp (Norway)
  [27.0, 70.1], // Finland's northern tip
  [34.0, 44.4], // Crimea's south coast
  [14.1, 53.5], // Poland's west border
  [40.2, 49.6], // Ukraine's east border
];

const projection = geoConicConformal()
  .rotate([-CENTRAL_MERIDIAN, 0])
  .parallels(PARALLELS)
  // No adaptive resampling: it would add points back along the simplified edges, and at this size
  // straight segments between projected vertices are indistinguishable from curved ones.
  .precision(0)
  .fitExtent(
    [[MARGIN, MARGIN], [WIDTH - MARGIN, HEIGHT - MARGIN]],
    { type: 'MultiPoint', coordinates: FIT_POINTS },
  )
  // Clip to the frame, so a state's path holds only what can be seen (Russia ends at the right
  // edge instead of running on for 8,000 km off-screen).
  .clipExtent([[0, 0], [WIDTH, HEIGHT]]);

// --- Simplification ---------------------------------------------------------------------------
// Visvalingam simplification on the *topology*, so a border shared by two states is simplified
// once and the two paths still meet exactly (no slivers or gaps between neighbours). The weight
// of a point is the area, in output pixels², of the triangle it forms with its neighbours after
// projection: the threshold then means the same thing everywhere on the map, unlike a weight in
// degrees, which would over-simplify the south and under-simplify the north.
const MIN_WEIGHT = 6; // px²: points whose triangle is smaller are dropped
// Arcs that bound a focus state (its coast and all its land borders, Kaliningrad's included) are
// kept this many times more finely, i.e. at MIN_WEIGHT / FOCUS_DETAIL px²: they are what the
// reader looks at, while Norway's fjords or the White Sea would otherwise take most of the bytes.
const FOCUS_DETAIL = 3;
// Rings smaller than this after rounding (px²) are dropped: at 1 px² ≈ 34 km² they would be a dot
// or a few pixels of noise (skerries, Danish and Estonian islets, the Curonian spit's bits).
// Saaremaa, Hiiumaa, Gotland, Öland, Bornholm and Åland's main island are larger and stay.
const MIN_RING_AREA = 8;

function projectedTriangleArea([a, b, c]) {
  const [ax, ay] = projection(a);
  const [bx, by] = projection(b);
  const [cx, cy] = projection(c);
  return Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
}

// --- Build ------------------------------------------------------------------------------------
const world = JSON.parse(readFileSync(new URL(SOURCE, root), 'utf8'));
const byId = new Map(world.objects.countries.geometries.map((g) => [g.id, g]));
for (const [ids, code] of STATES) {
  for (const id of ids) {
    if (!byId.has(id)) throw new Error(`world-atlas has no country ${id} (${code})`);
  }
}

if (CRIMEA_TO_UKRAINE) moveCrimea(world, byId.get('643'), byId.get('804'));

// Done before simplifying: the Crimea move only changes which object owns which arcs, and the
// arcs' weights below depend on that.
const presimplified = presimplify(world, projectedTriangleArea);
const focusArcs = new Set(
  STATES.filter(([, , role]) => role === 'focus')
    .flatMap(([ids]) => ids.map((id) => byId.get(id)))
    .flatMap((g) => arcIndexes(g.arcs)),
);
for (const i of focusArcs) {
  // Scaling every weight of an arc by the same factor keeps the order in which presimplify
  // ranked its points, so this is exactly "a lower threshold for these arcs".
  for (const point of presimplified.arcs[i]) point[2] *= FOCUS_DETAIL;
}
const topo = simplify(presimplified, MIN_WEIGHT);
const topoById = new Map(topo.objects.countries.geometries.map((g) => [g.id, g]));

const rows = [];
let totalPoints = 0;
for (const [ids, code, role] of STATES) {
  const geometries = ids.map((id) => topoById.get(id));
  // merge() joins several units into one shape (Finland and Åland) and dissolves the arcs a
  // state's own polygons share, which removes the line between mainland Ukraine and Crimea.
  // Everything else goes through feature(), which leaves Natural Earth's polygons as they are
  // (merging Russia's would also join its pieces across the antimeridian, for nothing).
  const merged = ids.length > 1 || (code === 'UA' && CRIMEA_TO_UKRAINE);
  const shape = merged ? merge(topo, geometries) : feature(topo, geometries[0]);
  const rings = projectRings(shape);
  if (rings.length === 0) throw new Error(`${code} has nothing inside the frame`);
  totalPoints += rings.reduce((n, r) => n + r.length, 0);
  const [lx, ly] = labelPoint(rings);
  rows.push([code, role, `${lx},${ly}`, pathData(rings)].join('\t'));
}

const header = [
  '# Simplified map of the Baltic Sea region: one SVG path per state, in viewBox pixels.',
  '# Generated by `node scripts/map.mjs`; do not edit by hand (run it again instead).',
  `# Source: Natural Earth 1:50m Admin 0 countries (public domain), via the npm package`,
  `#   world-atlas ${ATLAS_VERSION} (ISC licence; Natural Earth 4.1.0), file countries-50m.json.`,
  `# Projection: d3-geo geoConicConformal, central meridian ${CENTRAL_MERIDIAN}E, standard parallels`,
  `#   ${PARALLELS[0]}N and ${PARALLELS[1]}N, no resampling, fitted with a ${MARGIN} px margin to the points`,
  `#   ${FIT_POINTS.map(([x, y]) => `${x}E ${y}N`).join(', ')}; clipped to the viewBox.`,
  `# Simplification: topojson-simplify (Visvalingam, on the shared topology), minimum weight`,
  `#   ${MIN_WEIGHT} px^2 of projected triangle area, ${MIN_WEIGHT / FOCUS_DETAIL} px^2 on the coasts and borders of the`,
  `#   focus states; coordinates rounded to whole pixels; rings under ${MIN_RING_AREA} px^2 dropped.`,
  '# Finland includes Åland (a separate unit, 248, in Natural Earth).',
  CRIMEA_TO_UKRAINE
    ? '# Borders: Crimea is drawn as part of Ukraine (internationally recognised border; Natural'
      + '\n#   Earth draws it as part of Russia).'
    : '# Borders: as in Natural Earth (Crimea drawn as part of Russia).',
  '# Not drawn (left to the background): lakes, a corner of Italy in the south-west and a sliver',
  '#   of Georgia in the south-east.',
  '# Label: a point inside the largest visible part of the state, as far as possible from its edges.',
  '# Columns: code (ISO 3166-1 alpha-2), role (focus|neighbour|context), label x,y, SVG path d.',
].join('\n');

const out = `${header}\nviewBox\t0 0 ${WIDTH} ${HEIGHT}\n${rows.join('\n')}\n`;
writeFileSync(resolve(fileURLToPath(root), OUTPUT), out);
console.log(`${OUTPUT}: ${STATES.length} states, ${totalPoints} points, ${Buffer.byteLength(out)} bytes`);

// --- Helpers ----------------------------------------------------------------------------------

// The arc indexes a TopoJSON Polygon's or MultiPolygon's `arcs` refer to (~i means arc i reversed).
function arcIndexes(arcs) {
  return arcs.flat(2).map((i) => (i < 0 ? ~i : i));
}

// Moves Crimea's polygon from Russia's MultiPolygon to Ukraine's, in place.
function moveCrimea(topology, russia, ukraine) {
  const [[x0, y0], [x1, y1]] = CRIMEA_BOX;
  const inBox = (polygon) => {
    const g = feature(topology, { type: 'Polygon', arcs: polygon });
    return g.geometry.coordinates.flat().every(([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
  };
  const crimea = russia.arcs.filter(inBox);
  // Exactly one, or Natural Earth changed and this code needs a look.
  if (russia.type !== 'MultiPolygon' || crimea.length !== 1) {
    throw new Error(`expected one Crimea polygon in Russia, found ${crimea.length}`);
  }
  russia.arcs = russia.arcs.filter((p) => p !== crimea[0]);
  if (ukraine.type === 'Polygon') {
    ukraine.type = 'MultiPolygon';
    ukraine.arcs = [ukraine.arcs];
  }
  ukraine.arcs = [...ukraine.arcs, crimea[0]];
}

// Projects and clips a GeoJSON geometry or feature with d3-geo, collecting its rings as arrays
// of integer [x, y] points. Rounding happens here, before the cleaning below, so that two states
// sharing a border get exactly the same integer points for it.
function projectRings(object) {
  const rings = [];
  let ring = null;
  const context = {
    moveTo(x, y) { ring = [[Math.round(x), Math.round(y)]]; },
    lineTo(x, y) { ring.push([Math.round(x), Math.round(y)]); },
    closePath() { rings.push(ring); ring = null; },
    arc() { throw new Error('unexpected point geometry'); },
  };
  geoPath(projection, context)(object);
  return rings.map(cleanRing).filter((r) => r.length >= 3 && Math.abs(ringArea(r)) >= MIN_RING_AREA);
}

// Drops repeated points (many after rounding), a closing point equal to the first, and points on
// a straight line between their neighbours: none of them changes the drawn shape.
function cleanRing(points) {
  let ring = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
  while (ring.length > 1 && same(ring[0], ring[ring.length - 1])) ring.pop();
  let changed = true;
  while (changed && ring.length >= 3) {
    changed = false;
    const kept = [];
    for (let i = 0; i < ring.length; i++) {
      const a = kept.length ? kept[kept.length - 1] : ring[(i + ring.length - 1) % ring.length];
      const b = ring[i];
      const c = ring[(i + 1) % ring.length];
      if (cross(a, b, c) === 0) changed = true;
      else kept.push(b);
    }
    ring = kept;
  }
  return ring;
}

function same(a, b) {
  return a[0] === b[0] && a[1] === b[1];
}

function cross(a, b, c) {
  return (b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]);
}

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum / 2;
}

// Encodes rings as compact SVG path data: an absolute move to each ring's start, then relative
// line-tos (h/v where the step is horizontal/vertical), "z" to close. Numbers are separated by a
// space only where the minus sign of the next one does not already separate them.
function pathData(rings) {
  let d = '';
  for (const ring of rings) {
    d += 'M' + nums([ring[0][0], ring[0][1]]);
    let cmd = '';
    for (let i = 1; i < ring.length; i++) {
      const dx = ring[i][0] - ring[i - 1][0];
      const dy = ring[i][1] - ring[i - 1][1];
      let next;
      let args;
      if (dy === 0) [next, args] = ['h', [dx]];
      else if (dx === 0) [next, args] = ['v', [dy]];
      else [next, args] = ['l', [dx, dy]];
      // A repeated command letter may be left out (implicit repetition), except after M, where
      // extra pairs would mean absolute line-tos.
      if (next === cmd) d += (args[0] < 0 ? '' : ' ') + nums(args);
      else d += next + nums(args);
      cmd = next;
    }
    d += 'z';
  }
  return d;
}

function nums(values) {
  return values.map((v, i) => (i === 0 || v < 0 ? '' : ' ') + v).join('');
}

// A label anchor: the integer point inside the state (even-odd over all its visible rings)
// that is farthest from any of its edges, clipped frame edges included – the "pole of
// inaccessibility". It lands in the widest visible part of the state, which a centroid does not
// do for clipped or crescent-shaped states (Russia's centroid is far off the frame; Norway's,
// Svalbard included, near its border with Sweden, where the label would cover both). A full
// scan of the bounding box at 1 px steps is plenty fast at this size and deterministic: ties go
// to the first point in row order.
function labelPoint(rings) {
  const segments = rings.flatMap((r) => r.map((p, i) => [p, r[(i + 1) % r.length]]));
  const xs = rings.flatMap((r) => r.map((p) => p[0]));
  const ys = rings.flatMap((r) => r.map((p) => p[1]));
  const [xMin, xMax, yMin, yMax] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best = null;
  let bestDistance = -1;
  for (let y = yMin; y <= yMax; y++) {
    for (let x = xMin; x <= xMax; x++) {
      if (!inside(x, y, segments)) continue;
      const d = distanceToEdges(x, y, segments);
      if (d > bestDistance) [best, bestDistance] = [[x, y], d];
    }
  }
  return best;
}

function inside(x, y, segments) {
  let odd = false;
  for (const [[x0, y0], [x1, y1]] of segments) {
    if ((y0 > y) !== (y1 > y) && x < ((x1 - x0) * (y - y0)) / (y1 - y0) + x0) odd = !odd;
  }
  return odd;
}

function distanceToEdges(x, y, segments) {
  let min = Infinity;
  for (const [[x0, y0], [x1, y1]] of segments) {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
    min = Math.min(min, Math.hypot(x - x0 - t * dx, y - y0 - t * dy));
  }
  return min;
}
