import { describe, expect, it } from 'vitest';
import { parsePasswd } from './postgres-user';

describe('parsePasswd', () => {
  it.each([
    ['a normal entry', 'postgres:x:101:104:PostgreSQL administrator:/var/lib/postgresql:/bin/bash', [{ name: 'postgres', uid: 101, gid: 104 }]],
    ['comments and blank lines', '# comment\n\nroot:x:0:0:root:/root:/bin/bash\n', [{ name: 'root', uid: 0, gid: 0 }]],
    ['a malformed uid', 'broken:x:abc:1::/:/bin/false', []],
    ['missing fields', 'short:x', []],
    ['two entries', 'a:x:1:2::/:/bin/sh\nb:x:3:4::/:/bin/sh', [{ name: 'a', uid: 1, gid: 2 }, { name: 'b', uid: 3, gid: 4 }]],
  ])('%s', (_, text, expected) => {
    expect(parsePasswd(text)).toEqual(expected);
  });
});
