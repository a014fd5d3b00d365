// A line-protocol client borrows sockets from its keep-alive agent, and adds the 'timeout'
// listener once per socket: a WeakSet marks the sockets that have one already.
const armed = new WeakSet();

export class LineClient {
  constructor(agent, host, port) {
    this.agent = agent;
    this.host = host;
    this.port = port;
  }

  send(line) {
    const socket = this.agent.acquire(this.host, this.port);
    if (!armed.has(socket)) {
      armed.add(socket);
      socket.on('timeout', () => socket.destroy(new Error('idle')));
    }
    socket.setTimeout(10000);
    return new Promise((resolve) => {
      socket.once('data', (chunk) => {
        this.agent.release(this.host, this.port, socket);
        resolve(chunk.toString().trim());
      });
      socket.write(`${line}\r\n`);
    });
  }
}
