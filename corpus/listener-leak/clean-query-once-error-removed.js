// The same command removes its error listener from the connection when the upload ends, and a
// request object's own response listeners stay quiet: a response belongs to one request.
class ImportCommand {
  constructor(sql, source) {
    this.sql = sql;
    this.source = source;
  }

  start(connection) {
    const onConnectionError = () => this.source.destroy();
    connection.write(this.sql);
    this.source.on('data', (chunk) => connection.write(chunk));
    this.source.on('end', () => {
      connection.removeListener('error', onConnectionError);
      connection.write(null);
    });
    connection.once('error', onConnectionError);
  }
}

class FetchRequest {
  handleResponse(response) {
    response.once('end', () => this.finish());
    response.once('error', (err) => this.fail(err));
  }

  finish() {}

  fail() {}
}

module.exports = { ImportCommand, FetchRequest };
