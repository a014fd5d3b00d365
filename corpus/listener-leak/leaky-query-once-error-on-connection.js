// A bulk-import command streams a file over the connection it is handed, and listens once for
// a connection error to abort the upload. The connection serves every later command, and an
// error may never come: each import leaves its listener, and the whole command, on it.
class ImportCommand {
  constructor(sql, source) {
    this.sql = sql;
    this.source = source;
  }

  start(connection) {
    connection.write(this.sql);
    this.source.on('data', (chunk) => connection.write(chunk));
    this.source.on('end', () => connection.write(null));
    connection.once('error', () => { // expect: listener-leak
      this.source.destroy();
    });
  }
}

module.exports = { ImportCommand };
