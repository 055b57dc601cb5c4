import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zoneSummarySchema } from '../../../core/zone';
import { createApp } from '../../platform/http/create-app';
import type { Logger } from '../../platform/logger';
import { applyZonePack } from '../../platform/zone/apply-zone-pack';
import { loadZonePack, resolveZoneDir } from '../../platform/zone/load-zone-pack';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { zoneRoutes } from './index';

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  await applyZonePack(db.pool, await loadZonePack(resolveZoneDir('zhangjiang')));
  app = await createApp({
    logger: pino({ level: 'silent' }) as Logger,
    version: 'test',
    bodyLimitBytes: 1_048_576,
    registerModules: async (instance) => {
      await instance.register(zoneRoutes, { pool: db.pool, zoneId: 'zhangjiang' });
      await instance.register(zoneRoutes, { pool: db.pool, zoneId: 'nowhere', prefix: '/missing' });
    },
  });
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('GET /api/zone/summary', () => {
  it('returns the real figures of the zone', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/zone/summary' });
    expect(response.statusCode).toBe(200);
    const summary = zoneSummarySchema.parse(response.json());
    expect(summary.zone).toEqual({ id: 'zhangjiang', name: '张江科学城', nameEn: 'Zhangjiang Science City' });
    expect(summary.counts).toEqual({ towns: 11, bodies: 6, departments: 9, workingGroups: 5, statisticalUnits: 2 });
    expect(summary.workingGroups.map((g) => g.name)).toEqual([
      '综合保障工作组',
      '政策服务工作组',
      '产业发展工作组',
      '建设协调工作组',
      '人才服务工作组',
    ]);
    expect(summary.bodies[0]).toEqual({
      id: 'zhangjiang',
      name: '张江科学城（原区域）',
      nameEn: 'Zhangjiang Science City (original area)',
      shortName: '张江科学城',
      area: 'original',
      approvalMark: null,
      verified: true,
    });
    expect(summary.bodies.filter((b) => b.area === 'expansion').every((b) => b.approvalMark === '张江科学城')).toBe(true);
    expect(summary.towns.find((t) => t.code === '310115125')).toEqual({
      code: '310115125',
      name: '张江镇',
      nameEn: 'Zhangjiang Town',
      verified: false,
    });
  });

  it('returns the responsibility matrix in the order of the policy, leads in order', async () => {
    const summary = zoneSummarySchema.parse((await app.inject({ method: 'GET', url: '/api/zone/summary' })).json());
    const matrix = summary.responsibilities.map((r) => [r.matter, r.lead.map((u) => u.name).join('+')]);
    expect(matrix).toEqual([
      ['空间规划', '区规划资源局'],
      ['产业规划', '区科经委'],
      ['建设', '区建交委+区发改委'],
      ['审批事权全覆盖的操作路径和方法', '区审改办'],
      ['科学城专项政策', '区科经委+区财政局'],
      ['人才政策', '区委组织部+区人社局'],
      ['统计', '区统计局'],
    ]);
    const talent = summary.responsibilities.find((r) => r.id === 'talent-policy')!;
    expect(talent.support.map((u) => u.id)).toEqual(['shanghai-sti-office', 'zhangjiang-construction-office']);
    expect(talent).toMatchObject({ supportKinds: ['town'], source: 'seed#保障措施（二）', verified: true });
  });

  it('leaves retired units out of the counts', async () => {
    await db.pool.query(`update org_units set retired_at = now() where id = '310115016'`);
    try {
      const summary = zoneSummarySchema.parse((await app.inject({ method: 'GET', url: '/api/zone/summary' })).json());
      expect(summary.counts.towns).toBe(10);
      expect(summary.towns.map((t) => t.code)).not.toContain('310115016');
    } finally {
      await db.pool.query(`update org_units set retired_at = null where id = '310115016'`);
    }
  });

  it('answers 404 for a zone that was never loaded', async () => {
    const response = await app.inject({ method: 'GET', url: '/missing/api/zone/summary' });
    expect(response.statusCode).toBe(404);
  });

  it('is documented in the OpenAPI description', async () => {
    const openapi = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, { get?: { responses?: Record<string, unknown> } }>;
    };
    expect(openapi.paths['/api/zone/summary']?.get?.responses?.['200']).toBeDefined();
  });
});
