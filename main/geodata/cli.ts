// `npm run import -- --layer wards FILE --data DIR`: imports a GeoJSON file (or, for roads, an .osm.pbf) into the console cache.
// A running console picks the layer up at its next start; imports through its window apply live.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { GEO_LAYERS, isGeoLayerId, MAX_IMPORT_CHARS } from '../../common/geodata/geo-layers';
import { ConsoleCache } from '../cache/console-cache';
import { defaultDataDir } from '../console/paths';
import { importGeoJsonText } from './import-geojson';
import { importOsmPbfBytes } from './import-osm-pbf';
import { runCameraImport } from '../cameras/import-cli';

function usage(message: string): never {
  process.stderr.write(
    `import: ${message}\nusage: npm run import -- --layer <${GEO_LAYERS.join('|')}> FILE [--data DIR]\n` +
      '       npm run import -- --layer roads FILE.osm.pbf [--data DIR]   (highway=* ways of an OSM PBF)\n' +
      '       npm run import -- --layer cameras FILE.csv|FILE.geojson (--inference HOST:PORT | --data DIR [--wards WARDS.geojson])\n',
  );
  process.exit(2);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { layer: { type: 'string' }, data: { type: 'string' }, inference: { type: 'string' }, wards: { type: 'string' } },
    allowPositionals: true,
  });
  if (values.layer === 'cameras') {
    if (positionals.length !== 1) usage(`give exactly one camera file, got ${positionals.length}`);
    return runCameraImport({
      file: path.resolve(positionals[0]),
      inference: values.inference,
      dataDir: values.inference ? undefined : path.resolve(values.data ?? defaultDataDir()),
      wardsFile: values.wards,
      out: (line) => process.stdout.write(line + '\n'),
      progress: (line) => process.stderr.write(`\r${line}   `),
    });
  }
  if (!isGeoLayerId(values.layer)) usage(`--layer must be one of ${GEO_LAYERS.join(', ')}, cameras, got ${JSON.stringify(values.layer ?? null)}`);
  if (positionals.length !== 1) usage(`give exactly one GeoJSON file, got ${positionals.length}`);
  const file = path.resolve(positionals[0]);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (err) {
    usage(`cannot read ${file}: ${(err as Error).message}`);
  }
  if (size > MAX_IMPORT_CHARS * 3) usage(`${file} is ${(size / 1024 / 1024).toFixed(1)} MiB; the import limit is ${MAX_IMPORT_CHARS / 1024 / 1024} MiB of text`);
  const bytes = fs.readFileSync(file);
  const isPbf = /\.pbf$/i.test(file);
  if (isPbf && values.layer !== 'roads') usage(`an OSM PBF file imports into the roads layer; got --layer ${values.layer}`);
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  fs.mkdirSync(dataDir, { recursive: true });
  const cache = await ConsoleCache.open(path.join(dataDir, 'console-cache.sqlite'));
  try {
    const progress = (p: { phase: string; done: number; total: number }) => {
      if (p.phase === 'validating' || p.phase === 'writing' || p.phase === 'decoding') process.stderr.write(`\r${p.phase} ${p.done}/${p.total}${p.phase === 'decoding' ? ' bytes' : ''}   `);
    };
    const fileName = path.basename(file);
    const receipt = isPbf
      ? await importOsmPbfBytes(cache.db, { fileName, data: bytes }, progress)
      : await importGeoJsonText(cache.db, { layer: values.layer, fileName, text: bytes.toString('utf8') }, progress);
    process.stderr.write('\n');
    if (receipt.state === 'imported') {
      process.stdout.write(`imported ${receipt.count} features into ${receipt.layer} from ${receipt.fileName}${receipt.nameField ? ` (names from properties.${receipt.nameField})` : ''}${receipt.skipped ? `; ${receipt.skipped} way(s) left out: fewer than 2 of their nodes are in the file` : ''}\n`);
      return 0;
    }
    if (receipt.state === 'rejected') {
      process.stdout.write(`rejected ${receipt.fileName}: ${receipt.errorCount} problem(s); nothing was imported\n`);
      for (const e of receipt.errors) process.stdout.write(`  ${e.reason}: ${e.message}\n`);
      if (receipt.errorCount > receipt.errors.length) process.stdout.write(`  … and ${receipt.errorCount - receipt.errors.length} more\n`);
    }
    return 1;
  } finally {
    await cache.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`import failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
