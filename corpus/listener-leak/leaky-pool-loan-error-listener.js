// A repository borrows a pooled connection for each lookup and waits for an error on it as
// well as for the query's callback. The connection goes back to the pool and is lent to the
// next lookup with the listener still on it: one more listener, and one more closed-over
// lookup, per query.
class UserRepository {
  constructor(pool) {
    this.pool = pool;
  }

  byId(id) {
    return new Promise((resolve, reject) => {
      this.pool.getConnection((err, connection) => {
        if (err) return reject(err);
        connection.on('error', reject); // expect: listener-leak
        connection.query('select * from users where id = ?', [id], (queryErr, rows) => {
          connection.release();
          if (queryErr) reject(queryErr);
          else resolve(rows[0]);
        });
      });
    });
  }
}

module.exports = { UserRepository };
