// Generates TS types for every proto into proto/gen with the flags derived from LOADER_OPTIONS.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LOADER_OPTIONS, PROTO_FILES, PROTO_ROOT } from '../proto/loader-options';

const out = path.join(PROTO_ROOT, 'gen');
fs.rmSync(out, { recursive: true, force: true });
const flags = [
  LOADER_OPTIONS.keepCase ? '--keepCase' : '',
  `--longs=${LOADER_OPTIONS.longs.name}`,
  `--enums=${LOADER_OPTIONS.enums.name}`,
  LOADER_OPTIONS.defaults ? '--defaults' : '',
  LOADER_OPTIONS.oneofs ? '--oneofs' : '',
].filter(Boolean);
const bin = path.join(PROTO_ROOT, '..', 'node_modules', '.bin', 'proto-loader-gen-types');
execFileSync(bin, [...flags, '--grpcLib=@grpc/grpc-js', `--outDir=${out}`, ...PROTO_FILES, `--includeDirs=${PROTO_ROOT}`], {
  stdio: 'inherit',
});
// Keep the generated headers free of this machine's absolute path.
for (const file of walk(out)) {
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.split(PROTO_ROOT + path.sep).join('proto/'));
}
console.log(`generated types for ${PROTO_FILES.length} protos in ${path.relative(process.cwd(), out)}`);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}
