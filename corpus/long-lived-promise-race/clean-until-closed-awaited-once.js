// The server waits for its own end once, at start-up: one reaction on `untilClosed` for the
// life of the server.
class Server {
  constructor() {
    this.untilClosed = new Promise((resolve) => {
      this.markClosed = resolve;
    });
  }

  close() {
    this.markClosed();
  }
}

const server = new Server();
server.untilClosed.then(() => console.log('server closed'));

module.exports = { server };
