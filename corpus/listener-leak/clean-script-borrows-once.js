// A maintenance script borrows one connection at its top level, listens for its errors and
// gives it back: the script runs once, so the listener is added once.
const mysql = require('mysql');

const pool = mysql.createPool({ host: 'localhost', user: 'maint' });

pool.getConnection((err, connection) => {
  if (err) throw err;
  connection.on('error', (e) => console.error('connection error', e));
  connection.query('delete from sessions where expires < now()', () => {
    connection.release();
    pool.end();
  });
});
