// The same lookup, releasing the client before it hands a failure back.
const { Pool } = require('pg');

const pool = new Pool({ max: 10 });

function loadInvoice(id, done) {
  pool.connect((err, client, release) => {
    if (err) return done(err);
    client.query('SELECT * FROM invoices WHERE id = $1', [id], (err, invoices) => {
      if (err) {
        release(err);
        return done(err);
      }
      client.query('SELECT * FROM invoice_lines WHERE invoice_id = $1', [id], (err, lines) => {
        release();
        if (err) return done(err);
        done(null, { ...invoices.rows[0], lines: lines.rows });
      });
    });
  });
}

module.exports = function invoiceRoute(req, res, next) {
  loadInvoice(req.params.id, (err, invoice) => (err ? next(err) : res.json(invoice)));
};
