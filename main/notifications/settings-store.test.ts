import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLogger } from '../../common/log';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../common/domain/notification-settings';
import { NotificationSettingsStore, SETTINGS_FILE } from './settings-store';

const quiet = createLogger('test', () => undefined);

test('settings are kept per operator and survive a restart; a bad value changes nothing', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-notify-'));
  const a = NotificationSettingsStore.open(dir, quiet);
  let changed = 0;
  a.onChange(() => changed++);
  assert.deepEqual(a.get('lan'), DEFAULT_NOTIFICATION_SETTINGS);
  const saved = a.set('lan', { ...DEFAULT_NOTIFICATION_SETTINGS, alertMinSeverity: 'high', wards: ['Phường Ba Đình'], dnd: true });
  assert.ok(saved.ok);
  const refused = a.set('lan', { ...DEFAULT_NOTIFICATION_SETTINGS, maxPerMinute: 500 });
  assert.ok(!refused.ok && refused.error.field === 'maxPerMinute');
  assert.equal(changed, 1);
  const b = NotificationSettingsStore.open(dir, quiet);
  assert.equal(b.get('lan').alertMinSeverity, 'high');
  assert.deepEqual(b.get('lan').wards, ['Phường Ba Đình']);
  assert.equal(b.get('lan').dnd, true);
  assert.deepEqual(b.get('minh'), DEFAULT_NOTIFICATION_SETTINGS);
});

test('an unreadable file is set aside and the defaults apply', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-notify-'));
  fs.writeFileSync(path.join(dir, SETTINGS_FILE), '{"lan": {"alertMinSeverity": ');
  const lines: string[] = [];
  const s = NotificationSettingsStore.open(dir, createLogger('test', (l) => lines.push(l), 'debug'));
  assert.deepEqual(s.get('lan'), DEFAULT_NOTIFICATION_SETTINGS);
  assert.ok(fs.readdirSync(dir).some((f) => f.startsWith(`${SETTINGS_FILE}.bad-`)));
  assert.match(lines.join('\n'), /set aside/);
});
