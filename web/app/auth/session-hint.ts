// Whether this browser signed in last time. The session cookie is HttpOnly, so scripts cannot see it; this flag
// only spares anonymous visitors of public pages a /api/auth/me call that is bound to answer 401. Protected pages
// ask the server whatever it says.
const storageKey = 'zjsc.signedIn';

export function hasSessionHint(): boolean {
  try {
    return globalThis.localStorage?.getItem(storageKey) === '1';
  } catch {
    return false;
  }
}

export function rememberSessionHint(isSignedIn: boolean): void {
  try {
    if (isSignedIn) globalThis.localStorage?.setItem(storageKey, '1');
    else globalThis.localStorage?.removeItem(storageKey);
  } catch {
    // Storage blocked: public pages then simply skip the check.
  }
}
