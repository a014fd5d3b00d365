// The removal comes first in the callback, before it looks at the error: every end of the
// statement takes the listener off.
class Statements {
  constructor(client) {
    this.client = client;
  }

  runWithNotices(sql, cb) {
    const notices = [];
    const onNotice = (text) => notices.push(text);
    this.client.on('notice', onNotice);
    this.client.query(sql, (err) => {
      this.client.removeListener('notice', onNotice);
      if (err) return cb(err);
      cb(null, notices);
    });
  }
}

module.exports = { Statements };
