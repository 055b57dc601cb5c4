/**
 * The `return` preference of an RFC 7240 `Prefer` header: 'minimal' when the client asked for a short answer
 * (`Prefer: return=minimal`), else 'representation' (the default, also for a header without it or a malformed one).
 * Preferences are comma-separated, names are case-insensitive, a value may be quoted, and parameters after `;`
 * belong to their preference; the first `return` wins, as the RFC says of repeated preferences.
 */
export function preferredReturn(prefer: string | string[] | undefined): 'minimal' | 'representation' {
  const headers = prefer === undefined ? [] : Array.isArray(prefer) ? prefer : [prefer];
  for (const preference of headers.flatMap((h) => h.split(','))) {
    const [name = '', value = ''] = preference.split(';')[0]!.split('=').map((part) => part.trim());
    if (name.toLowerCase() !== 'return') continue;
    return value.replace(/^"(.*)"$/, '$1').toLowerCase() === 'minimal' ? 'minimal' : 'representation';
  }
  return 'representation';
}
