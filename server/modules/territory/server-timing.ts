/**
 * 服务端耗时 — a Server-Timing header (`app;dur=<ms>`) from the moment a request arrives until its answer is
 * serialised, so clients and the benchmark can read the server's own time apart from the network's.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

const startedAt = new WeakMap<FastifyRequest, number>();

export const serverTimingHooks = {
  onRequest: async (request: FastifyRequest) => {
    startedAt.set(request, performance.now());
  },
  onSend: async (request: FastifyRequest, reply: FastifyReply) => {
    const started = startedAt.get(request);
    if (started !== undefined) reply.header('server-timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
  },
};
