// A request that retries on other connections keeps the one in use in its own context; the
// abort handle it returns ends with the request, and the context with it.
export class Transport {
  constructor(pool) {
    this.pool = pool;
  }

  request(params, callback) {
    let connection;
    let aborted = false;

    const pool = this.pool;
    function sendWith(error, chosen) {
      if (error || aborted) return callback(error);
      connection = chosen;
      connection.send(params, (failure, body) => (failure ? pool.select(sendWith) : callback(null, body)));
    }

    this.pool.select(sendWith);
    return {
      abort() {
        aborted = true;
        if (connection) connection.cancel(params);
      },
    };
  }
}
