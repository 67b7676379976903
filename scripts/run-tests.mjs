// Runs every suite (unit, integration, e2e) and ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const SKIP = new Set(['node_modules', 'dist', 'build', 'release', '.git', 'tests']);

function find(dir, test, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) find(p, test, out);
    else if (test(e.name)) out.push(path.relative(root, p));
  }
  return out;
}

const totals = { passed: 0, failed: 0 };

function nodeSuite(name, files, extra = []) {
  if (!files.length) return;
  console.log(`\n=== ${name}: ${files.length} files ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...extra, ...files], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'test' },
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const pass = Number(/ℹ pass (\d+)/.exec(r.stdout)?.[1] ?? 0);
  const fail = Number(/ℹ fail (\d+)/.exec(r.stdout)?.[1] ?? 0);
  totals.passed += pass;
  // A runner that crashed before reporting counts as one failure, not as nothing.
  totals.failed += fail || (r.status !== 0 ? 1 : 0);
}

function e2eSuite() {
  console.log('\n=== e2e (Playwright, Chromium) ===');
  const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    totals.failed += 1;
    return;
  }
  const report = path.join(root, 'test-results', 'e2e-report.json');
  fs.rmSync(report, { force: true });
  spawnSync(path.join(root, 'node_modules', '.bin', 'playwright'), ['test', '-c', 'tests/e2e/playwright.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report, WATCHFLOOR_LOG_LEVEL: process.env.WATCHFLOOR_LOG_LEVEL ?? 'warn' },
  });
  if (!fs.existsSync(report)) {
    totals.failed += 1;
    return;
  }
  const stats = JSON.parse(fs.readFileSync(report, 'utf8')).stats;
  totals.passed += stats.expected + (stats.flaky ?? 0);
  totals.failed += stats.unexpected;
}

function typecheck() {
  // The Electron shell cannot run here, so its type check against electron.d.ts is its test.
  for (const project of ['tsconfig.json', 'tsconfig.main.json']) {
    console.log(`\n=== typecheck ${project} ===`);
    const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', project, '--noEmit'], { cwd: root, stdio: 'inherit' });
    if (r.status === 0) totals.passed += 1;
    else totals.failed += 1;
  }
}

if (!only || only === 'typecheck') typecheck();
if (!only || only === 'unit') nodeSuite('unit', find(root, (n) => /\.test\.tsx?$/.test(n)));
if (!only || only === 'integration') nodeSuite('integration', find(path.join(root, 'tests', 'integration'), (n) => /\.test\.ts$/.test(n)), ['--test-concurrency=1']);
if (!only || only === 'e2e') e2eSuite();

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
