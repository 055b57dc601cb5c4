// The floor of bench/http: a bare Fastify route that sends one query through the platform's pool set-up (statement
// cache, type parsers) to the platform's own embedded PostgreSQL, with no authentication, scope or schema. No
// DB-backed endpoint can be faster than this on the same machine; it tells how much of the gap to hello-world is the
// database round trip itself.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { pino } from 'pino';
import { getEmbeddedPaths } from '../../server/platform/db/embedded-data-dir';
import { EMBEDDED_DATABASE_NAME, EMBEDDED_SUPERUSER } from '../../server/platform/db/embedded-supervisor';
import { createPool } from '../../server/platform/db/open-database';

const password = readFileSync(getEmbeddedPaths(process.env.DATA_DIR!).passwordFile, 'utf8').trim();
const pool = createPool(
  `postgres://${EMBEDDED_SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${process.env.EMBEDDED_DB_PORT}/${EMBEDDED_DATABASE_NAME}`,
  pino({ level: 'warn' }),
);
const app = Fastify({ logger: false });
app.get('/floor', async () => ({
  items: (await pool.query('select id, name, name_en, kind, parent_id from org_units order by id limit 50')).rows,
}));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('ready');
