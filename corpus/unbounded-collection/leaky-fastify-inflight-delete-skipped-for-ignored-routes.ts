// A Fastify plugin that tracks requests in flight. `onResponse` leaves early for the routes
// the load balancer polls, before the delete, and those requests never leave the table.
import type { FastifyInstance } from "fastify";

type Entry = { method: string; url: string; startedAt: number };

export async function inflightPlugin(app: FastifyInstance): Promise<void> {
  const quiet = new Set(["/healthz", "/readyz"]);
  const inflight = new Map<string, Entry>(); // expect: unbounded-collection

  app.get("/debug/inflight", async () => [...inflight.values()]);

  app.addHook("onRequest", async (request) => {
    inflight.set(request.id, { method: request.method, url: request.url, startedAt: Date.now() });
  });

  app.addHook("onResponse", async (request, reply) => {
    if (quiet.has(request.url)) {
      return;
    }
    inflight.delete(request.id);
    request.log.info({ status: reply.statusCode }, "done");
  });

  app.addHook("onRequestAbort", async (request) => {
    inflight.delete(request.id);
  });
}
