/** The preview cookie: signed, never the secret, expires, and a wrong one is refused. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { previewAuth, PREVIEW_COOKIE, PREVIEW_SESSION_SECONDS } from '../../../server/preview-auth.ts';

const auth = previewAuth('hemmelig-nok');
const valueOf = (setCookie: string) => setCookie.split(';')[0]!;

test('only the secret itself opens the preview', () => {
  assert.ok(auth.isSecret('hemmelig-nok'));
  assert.not.ok(auth.isSecret('hemmelig'));
  assert.not.ok(auth.isSecret(''));
  assert.not.ok(auth.isSecret(null));
});

test('the cookie is HttpOnly, SameSite=Lax, for the editor host, and does not hold the secret', () => {
  const cookie = auth.cookie();
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.match(cookie, /Path=\/;/);
  assert.not.match(cookie, /hemmelig/);
  assert.ok(auth.allows(`annet=1; ${valueOf(cookie)}`));
});

test('a cookie signed with another secret, tampered or expired is refused', () => {
  const other = valueOf(previewAuth('en-annen').cookie());
  assert.not.ok(auth.allows(other));
  const [name, value] = valueOf(auth.cookie()).split('=') as [string, string];
  const [expires, mac] = value.split('.') as [string, string];
  assert.not.ok(auth.allows(`${name}=${Number(expires) + 1000}.${mac}`));
  const old = valueOf(auth.cookie(new Date(Date.now() - (PREVIEW_SESSION_SECONDS + 60) * 1000)));
  assert.not.ok(auth.allows(old));
  assert.not.ok(auth.allows(undefined));
  assert.not.ok(auth.allows(`${PREVIEW_COOKIE}=hemmelig-nok`));
});

test.run();
