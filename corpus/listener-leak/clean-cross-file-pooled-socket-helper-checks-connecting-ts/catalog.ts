// A keep-alive client handing every request's socket to the guarded helper.
import http from "node:http";
import type { Socket } from "node:net";
import { recordConnect, type Timings } from "./timing";

const agent = new http.Agent({ keepAlive: true });

export function getProduct(id: string): Promise<Timings> {
  const timings: Timings = { start: Date.now() };
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "catalog.internal", path: `/products/${id}`, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(timings));
    });
    req.on("socket", (socket: Socket) => recordConnect(socket, timings));
    req.on("error", reject);
  });
}
