import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkLayers, findImports, formatViolation } from './lint-layers';

/** file → source; each source holds exactly one forbidden import, marked by the expected specifier. */
const VIOLATIONS: Record<string, string> = {
  'common/a1.ts': "import * as fs from 'node:fs';",
  'common/a2.ts': "import { readFileSync } from 'fs';",
  'common/a3.ts': "import { app } from 'electron';",
  'common/a4.ts': "import * as grpc from '@grpc/grpc-js';",
  'common/a5.ts': "const sqlite3 = require('sqlite3');",
  'common/a6.ts': "import WebSocket from 'ws';",
  'common/a7.ts': "import { useState } from 'react';",
  'common/a8.ts': "import * as maplibregl from 'maplibre-gl';",
  'common/sub/a9.ts': "import type { Cache } from '../../main/cache/cache';",
  'common/a10.ts': "export { startEngines } from '../services/launcher/start';",
  'common/a11.ts': "import { App } from '../renderer/app/app';",
  'common/a12.ts': "import type { Incident } from '../proto/gen/watchfloor/dispatch/v1/Incident';",
  'renderer/b1.ts': "import * as path from 'path';",
  'renderer/b2.tsx': "import { ipcRenderer } from 'electron';",
  'renderer/b3.ts': "import { credentials } from '@grpc/grpc-js';",
  'renderer/b4.ts': "const db = await import('sqlite3');",
  'renderer/b5.ts': "import { WebSocketServer } from 'ws';",
  'renderer/b6.ts': "import notifier from 'node-notifier';",
  'renderer/b7.ts': "import { rootLogger } from '../main/log';",
  'renderer/b8.ts': "import { DispatchServer } from '../services/dispatch/server';",
  'renderer/b9.ts': "import { LOADER_OPTIONS } from '../proto/loader-options';",
  'services/c1.ts': "import { rootLogger } from '../main/log';",
  'services/c2.ts': "import { format } from '../renderer/ui/format';",
  'services/c3.ts': "import { app } from 'electron';",
  'main/d1.ts': "import { createRoleWindow } from './electron/windows';",
  'main/d2.ts': "import { startWebHost } from './host/server';",
  'main/d3.ts': "import { t } from '../renderer/i18n/translate';",
  'main/d4.ts': "import { BrowserWindow } from 'electron';",
  'main/host/e1.ts': "import { installIpc } from '../electron/ipc';",
  'main/host/e2.ts': "// layer-exception:\nimport { shell } from 'electron';",
  'main/electron/f1.ts': "import { startWebHost } from '../host/server';",
  'proto/g1.ts': "import { rootLogger } from '../main/log';",
  'proto/g2.ts': "import { DispatchServer } from '../services/dispatch/server';",
  'proto/gen/g3.ts': "import { App } from '../../renderer/app/app';",
  'main/electron/preload.ts': "import { contextBridge } from 'electron';\nimport { IPC_CALL_CHANNEL } from '../../common/bridge/contract';",
};

const ALLOWED: Record<string, string> = {
  'common/ok.ts': "import type { Result } from './result';\n// import fs from 'node:fs' in a comment\nconst s = 'import x from \"electron\"';",
  'common/ok.test.ts': "import { test } from 'node:test';",
  'renderer/ok.tsx': "import { useState } from 'react';\nimport * as maplibregl from 'maplibre-gl';\nimport { ok } from '../common/result';",
  'renderer/vite.config.ts': "import { fileURLToPath } from 'node:url';",
  'services/ok.ts': "import * as grpc from '@grpc/grpc-js';\nimport type { X } from '../proto/gen/dispatch';\nimport { ok } from '../common/result';",
  'main/ok.ts': "import * as fs from 'node:fs';\nimport sqlite3 from 'sqlite3';\nimport { startEngines } from '../services/launcher/start';",
  'main/electron/ok.ts': "import { app } from 'electron';\nimport { rootLogger } from '../log';",
  'main/host/ok.ts': "import { WebSocketServer } from 'ws';\nimport { rootLogger } from '../log';",
  'proto/gen/ok.ts': "import type * as grpc from '@grpc/grpc-js';",
  'scripts/ok.ts': "import { app } from 'electron';",
  'main/host/probe.ts': "// layer-exception: resolves the electron binary path, never loads the API\nconst binary = require('electron');",
  'main/host/probe2.ts': "const binary = require('electron'); // layer-exception: binary path probe only",
  'node_modules/x/index.ts': "import { app } from 'electron';",
  'dist/renderer/x.ts': "import * as fs from 'node:fs';",
};

function writeTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-layers-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), `// fixture\n${text}\n`);
  }
  return root;
}

test('every layer rule reports its violation, with file and line', () => {
  const violations = checkLayers(writeTree({ ...VIOLATIONS, ...ALLOWED }));
  const byFile = new Map<string, string[]>();
  for (const v of violations) byFile.set(v.file, [...(byFile.get(v.file) ?? []), formatViolation(v)]);
  for (const file of Object.keys(VIOLATIONS)) {
    const lines = byFile.get(file) ?? [];
    assert.equal(lines.length, 1, `${file}: expected one violation, got ${JSON.stringify(lines)}`);
    assert.match(lines[0], new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+ imports \\S+ \\(layer rule: .+\\)$`));
  }
  assert.deepEqual([...byFile.keys()].filter((f) => !(f in VIOLATIONS)), [], 'allowed imports were reported');
  const preload = violations.find((v) => v.file === 'main/electron/preload.ts')!;
  assert.equal(preload.line, 3);
  assert.equal(preload.specifier, '../../common/bridge/contract');
});

test('import forms: multi-line, export-from, require, dynamic import, type-only; comments ignored', () => {
  const source = [
    'import {',
    '  a,',
    '  b,',
    "} from 'alpha';",
    "export * from './beta';",
    "import type { C } from 'gamma';",
    "const d = require('delta');",
    "const e = await import('epsilon');",
    "/* import z from 'zeta' */",
    "import 'side-effect';",
    "const url = 'app://watchfloor/index.html'; import eta from 'eta';",
  ].join('\n');
  assert.deepEqual(
    findImports(source).map((i) => [i.specifier, i.line, i.typeOnly]),
    [
      ['alpha', 4, false],
      ['./beta', 5, false],
      ['gamma', 6, true],
      ['delta', 7, false],
      ['epsilon', 8, false],
      ['side-effect', 10, false],
      ['eta', 11, false],
    ],
  );
});

test('the real repository follows the layer rules', () => {
  const violations = checkLayers(path.join(__dirname, '..'));
  assert.deepEqual(violations.map(formatViolation), []);
});
