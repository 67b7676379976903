// The import-layer rule (after VS Code's code-layering): the folder says the runtime, and a file may
// only import what its runtime has. Run: npx tsx scripts/lint-layers.ts [root]; exits 1 on violations.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

type Target = string; // 'builtin', 'pkg:<name>', or a repo path like 'main/electron/app'

interface Layer {
  name: string;
  /** Repo-relative path prefixes this layer covers; the first matching layer wins. */
  covers: string[];
  forbidden: { test: (t: Target) => boolean; what: string }[];
}

const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', 'release', '.git', 'test-results', 'playwright-report', '.watchfloor-data']);
const SOURCE_EXT = /\.(ts|tsx|mts|cts)$/;
const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

const builtin = { test: (t: Target) => t === 'builtin', what: 'Node builtins' };
const pkg = (...names: string[]) => ({
  test: (t: Target) => names.some((n) => (n.endsWith('/') ? t.startsWith(`pkg:${n}`) : t === `pkg:${n}`)),
  what: names.map((n) => (n.endsWith('/') ? `${n}*` : n)).join(', '),
});
const dir = (...dirs: string[]) => ({
  test: (t: Target) => dirs.some((d) => t === d || t.startsWith(`${d}/`)),
  what: dirs.map((d) => `${d}/`).join(', '),
});

export const LAYERS: Layer[] = [
  {
    name: 'common (pure TS for every runtime)',
    covers: ['common'],
    forbidden: [builtin, pkg('electron', '@grpc/', 'sqlite3', 'ws', 'react', 'react-dom', 'maplibre-gl', 'node-notifier'), dir('main', 'services', 'renderer', 'proto')],
  },
  {
    name: 'renderer (browser only, talks to the bridge)',
    covers: ['renderer'],
    forbidden: [builtin, pkg('electron', '@grpc/', 'sqlite3', 'ws', 'node-notifier'), dir('main', 'services', 'proto')],
  },
  { name: 'services (engines)', covers: ['services'], forbidden: [pkg('electron'), dir('main', 'renderer')] },
  { name: 'main/electron (Electron shell)', covers: ['main/electron'], forbidden: [dir('main/host', 'renderer')] },
  { name: 'main/host (web host shell)', covers: ['main/host'], forbidden: [pkg('electron'), dir('main/electron', 'renderer')] },
  { name: 'main (core, shell-agnostic)', covers: ['main'], forbidden: [pkg('electron'), dir('main/electron', 'main/host', 'renderer')] },
  { name: 'proto', covers: ['proto'], forbidden: [dir('main', 'services', 'renderer')] },
];

/** Tests and build configs run under Node whatever their folder, so Node builtins are fine there. */
const RUNS_UNDER_NODE = /\.test\.(ts|tsx|mts|cts)$|(^|\/)[\w.-]+\.config\.(ts|mts|cts)$/;
/** A sandboxed preload can require only 'electron'; local modules would fail at runtime. */
const PRELOAD_FILE = 'main/electron/preload.ts';

export function checkLayers(root: string): Violation[] {
  const violations: Violation[] = [];
  for (const file of listSources(root)) violations.push(...checkFile(file, fs.readFileSync(path.join(root, file), 'utf8')));
  return violations;
}

/**
 * A deliberate exception names itself on the import's line or the line above, with a reason:
 * `// layer-exception: probes the electron package for its binary path, never loads the API`.
 */
const EXCEPTION = /\/\/\s*layer-exception:\s*\S.{8,}/;

export function checkFile(file: string, text: string): Violation[] {
  const layer = LAYERS.find((l) => l.covers.some((c) => file.startsWith(`${c}/`)));
  const lines = text.split('\n');
  const out: Violation[] = [];
  for (const imp of findImports(text)) {
    const target = classify(file, imp.specifier);
    const excepted = EXCEPTION.test(lines[imp.line - 1] ?? '') || EXCEPTION.test(lines[imp.line - 2] ?? '');
    const rule = layer?.forbidden.find((f) => f.test(target) && !(f === builtin && RUNS_UNDER_NODE.test(file)));
    if (layer && rule && !excepted) out.push({ file, line: imp.line, specifier: imp.specifier, rule: `${layer.name} must not import ${rule.what}` });
    if (file === PRELOAD_FILE && !imp.typeOnly && imp.specifier !== 'electron') {
      out.push({ file, line: imp.line, specifier: imp.specifier, rule: 'the sandboxed preload may only require electron; inline it' });
    }
  }
  return out;
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line} imports ${v.specifier} (layer rule: ${v.rule})`;
}

interface FoundImport {
  specifier: string;
  line: number;
  typeOnly: boolean;
}

const IMPORT_PATTERNS = [
  // import x from 'y' / import type {x} from 'y' / export * from 'y' / import 'y' (multi-line braces allowed)
  /(?:^|[\s;}])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]*?\sfrom\s*)?(['"])([^'"\n]+)\3/g,
  /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
];

export function findImports(source: string): FoundImport[] {
  const text = blankComments(source);
  const found: FoundImport[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const specifier = m[m.length - 1];
      const at = m.index! + m[0].lastIndexOf(specifier);
      found.push({ specifier, line: lineAt(text, at), typeOnly: pattern === IMPORT_PATTERNS[0] && !!m[2] });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Replaces comments with spaces (keeping newlines), skipping over string literals. */
function blankComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\[\s\S]|[^`\\])*`/g, (m) =>
    m.startsWith('/') ? m.replace(/[^\n]/g, ' ') : m,
  );
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function classify(file: string, specifier: string): Target {
  if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  if (specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0])) return 'builtin';
  return `pkg:${specifier}`;
}

function listSources(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...listSources(root, child));
    } else if (SOURCE_EXT.test(entry.name)) out.push(child);
  }
  return out.sort();
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  const violations = checkLayers(root);
  for (const v of violations) process.stdout.write(`${formatViolation(v)}\n`);
  if (violations.length) process.stderr.write(`${violations.length} layer violation(s)\n`);
  process.exitCode = violations.length ? 1 : 0;
}
