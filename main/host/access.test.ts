import { it } from 'node:test';
import assert from 'node:assert/strict';
import { checkListenPolicy, originAllowed, tokenMatches } from './access';

it('refuses a LAN address without a strong token, allows loopback', () => {
  assert.equal(checkListenPolicy('127.0.0.1', undefined), null);
  assert.equal(checkListenPolicy('::1', undefined), null);
  assert.match(checkListenPolicy('0.0.0.0', undefined)!, /Refusing to listen on 0\.0\.0\.0 without an access token/);
  assert.match(checkListenPolicy('192.168.1.20', 'short')!, /at least 16/);
  assert.equal(checkListenPolicy('0.0.0.0', 'a-long-enough-token-123'), null);
});

it('checks tokens and refuses cross-site pages', () => {
  assert.ok(tokenMatches(undefined, null));
  assert.ok(tokenMatches('secret-secret-secret', 'secret-secret-secret'));
  assert.ok(!tokenMatches('secret-secret-secret', 'secret-secret-secreT'));
  assert.ok(!tokenMatches('secret-secret-secret', null));
  assert.ok(originAllowed(undefined, '127.0.0.1:4400'));
  assert.ok(originAllowed('http://127.0.0.1:4400', '127.0.0.1:4400'));
  assert.ok(!originAllowed('https://evil.example', '127.0.0.1:4400'));
});
