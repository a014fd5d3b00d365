// node-postgres's callback checkout: the client and its `release` come to the callback. The
// first query's failure returns to the caller without releasing, so every failed lookup keeps
// a client checked out, and the pool runs dry after as many failures as it has clients.
const { Pool } = require('pg');

const pool = new Pool({ max: 10 });

function loadInvoice(id, done) {
  pool.connect((err, client, release) => {
    if (err) return done(err);
    client.query('SELECT * FROM invoices WHERE id = $1', [id], (err, invoices) => {
      if (err) return done(err);
      client.query('SELECT * FROM invoice_lines WHERE invoice_id = $1', [id], (err, lines) => {
        release();
        if (err) return done(err);
        done(null, { ...invoices.rows[0], lines: lines.rows });
      });
    });
  });
}

module.exports = function invoiceRoute(req, res, next) {
  loadInvoice(req.params.id, (err, invoice) => (err ? next(err) : res.json(invoice))); // expect: unreleased-pool-connection
};
