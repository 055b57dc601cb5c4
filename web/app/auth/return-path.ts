/** Why the login page was opened: the session ended by itself, or the user signed out. */
export type LoginReason = 'expired' | 'signed-out';

const ownPages = ['/login', '/register'];

/** The login page address that brings the user back to `path` (path, query and hash of the page) afterwards. */
export function loginPathFor(path: string, reason?: LoginReason | null): string {
  const params = new URLSearchParams();
  if (path && path !== '/') params.set('next', path);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

/**
 * Where to go after signing in: `next` when it is a page of this site, else home. Absolute and protocol-relative
 * addresses are refused, so a crafted link cannot send a freshly signed-in user to another site.
 */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  const pathname = next.split(/[?#]/)[0]!;
  if (ownPages.includes(pathname)) return '/';
  return next;
}
