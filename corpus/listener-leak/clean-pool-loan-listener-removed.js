// The same lookup takes its error listener off before the connection goes back to the pool.
class UserRepository {
  constructor(pool) {
    this.pool = pool;
  }

  byId(id) {
    return new Promise((resolve, reject) => {
      this.pool.getConnection((err, connection) => {
        if (err) return reject(err);
        connection.on('error', reject);
        connection.query('select * from users where id = ?', [id], (queryErr, rows) => {
          connection.removeListener('error', reject);
          connection.release();
          if (queryErr) reject(queryErr);
          else resolve(rows[0]);
        });
      });
    });
  }
}

module.exports = { UserRepository };
