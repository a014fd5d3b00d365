// Deleting first, then deciding whether to log: every request's entry goes.
import type { FastifyInstance } from "fastify";

export async function inflightPlugin(app: FastifyInstance): Promise<void> {
  const quiet = new Set(["/healthz", "/readyz"]);
  const inflight = new Map<string, number>();

  app.addHook("onRequest", async (request) => {
    inflight.set(request.id, Date.now());
  });

  app.addHook("onResponse", async (request, reply) => {
    inflight.delete(request.id);
    if (quiet.has(request.url)) {
      return;
    }
    request.log.info({ status: reply.statusCode }, "done");
  });

  app.get("/debug/inflight", async () => ({ count: inflight.size }));
}
