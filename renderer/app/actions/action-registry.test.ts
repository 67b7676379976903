import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ActionRegistry, parseShortcut, shortcutLabel, type KeyPress } from './action-registry';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, inTextField: false, ...extra });

describe('ActionRegistry', () => {
  it('finds the enabled action for a key, and not while typing in a field', async () => {
    const r = new ActionRegistry();
    let acked = 0;
    r.register({ id: 'alerts.ack', labelKey: 'x', shortcut: 'a', perform: () => void acked++ });
    assert.equal(r.forKey(press('a'))?.id, 'alerts.ack');
    assert.equal(r.forKey(press('A', { shiftKey: true })), undefined);
    assert.equal(r.forKey(press('a', { inTextField: true })), undefined);
    assert.equal(r.forKey(press('a', { ctrlKey: true })), undefined);
    assert.ok(await r.run('alerts.ack'));
    assert.equal(acked, 1);
  });

  it('honours enabled, modifiers and Escape inside fields', () => {
    const r = new ActionRegistry();
    let on = false;
    r.register({ id: 'palette', labelKey: 'x', shortcut: 'Mod+K', perform: () => undefined });
    r.register({ id: 'cancel', labelKey: 'x', shortcut: 'Escape', enabled: () => on, perform: () => undefined });
    assert.equal(r.forKey(press('k', { ctrlKey: true, inTextField: true }))?.id, 'palette');
    assert.equal(r.forKey(press('Escape', { inTextField: true })), undefined, 'disabled');
    on = true;
    assert.equal(r.forKey(press('Escape', { inTextField: true }))?.id, 'cancel');
    const mac = new ActionRegistry(true);
    mac.register({ id: 'palette', labelKey: 'x', shortcut: 'Mod+K', perform: () => undefined });
    assert.equal(mac.forKey(press('k', { metaKey: true }))?.id, 'palette');
    assert.equal(mac.forKey(press('k', { ctrlKey: true })), undefined);
  });

  it('refuses duplicate ids and unknown modifiers, and unregisters', () => {
    const r = new ActionRegistry();
    const off = r.register({ id: 'one', labelKey: 'x', perform: () => undefined });
    assert.throws(() => r.register({ id: 'one', labelKey: 'x', perform: () => undefined }), /already registered/);
    assert.throws(() => parseShortcut('Hyper+K'), /unknown modifier "Hyper"/);
    off();
    assert.equal(r.list().length, 0);
  });

  it('labels shortcuts for the platform', () => {
    assert.equal(shortcutLabel('Mod+K', false), 'Ctrl+K');
    assert.equal(shortcutLabel('Mod+Shift+L', true), '⌘⇧L');
    assert.equal(shortcutLabel('Escape', false), 'Esc');
  });
});
