// Fastify route writing the raw response: pipeline() destroys the file stream when the
// client goes away.
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import Fastify from "fastify";

const app = Fastify();
const ARCHIVE = process.env.ARCHIVE_DIR ?? "/srv/archive";

app.get<{ Params: { name: string } }>("/archive/:name", async (request, reply) => {
  const file = path.join(ARCHIVE, path.basename(request.params.name));
  const stat = await fs.promises.stat(file);
  reply.hijack();
  reply.raw.writeHead(200, { "content-length": String(stat.size) });
  await pipeline(fs.createReadStream(file), reply.raw).catch((err) => request.log.debug(err));
});

void app.listen({ port: 3000 });
