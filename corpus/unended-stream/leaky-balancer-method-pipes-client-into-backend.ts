// A small load balancer: `route()` runs for every accepted connection (it is handed to
// createServer), opens a backend connection and pipes the client into it. When the client is
// destroyed rather than ended, nothing destroys the backend connection.
import net from "node:net";

export class Balancer {
  private next = 0;
  private readonly server: net.Server;

  constructor(private readonly backends: Array<{ host: string; port: number }>) {
    this.server = net.createServer((client) => this.route(client)); // expect: unended-stream
  }

  listen(port: number): void {
    this.server.listen(port);
  }

  private route(client: net.Socket): void {
    const target = this.backends[this.next++ % this.backends.length];
    const backend = net.createConnection(target);
    client.pipe(backend);
    backend.pipe(client);
    backend.on("error", () => client.destroy());
  }
}
