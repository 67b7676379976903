// Checks a roads file and prints what the graph built from it holds:
// `npx tsx services/dispatch/routing/roads-cli.ts FILE [--class-property class]`.
import { parseArgs } from 'node:util';
import { loadRoadGraph } from './load-roads';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'class-property': { type: 'string' } } });
if (positionals.length !== 1) {
  process.stderr.write('usage: roads-cli FILE [--class-property highway]\n');
  process.exit(2);
}
try {
  const r = loadRoadGraph(positionals[0], { classProperty: values['class-property'] });
  process.stdout.write(`${JSON.stringify({ file: positionals[0], ...r.graph.stats, skipped_by_class: r.skippedByClass, build_ms: Math.round(r.buildMs) })}\n`);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
