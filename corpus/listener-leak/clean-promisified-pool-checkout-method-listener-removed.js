const mysql = require('mysql');

class Ledger {
  constructor(config) {
    this.pool = mysql.createPool(config);
  }

  checkout() {
    return new Promise((resolve, reject) => {
      this.pool.getConnection((err, conn) => (err ? reject(err) : resolve(conn)));
    });
  }

  async balance(account) {
    const conn = await this.checkout();
    let onError;
    try {
      return await new Promise((resolve, reject) => {
        onError = reject;
        conn.once('error', onError);
        conn.query('SELECT balance FROM accounts WHERE id = ?', [account], (err, rows) => (err ? reject(err) : resolve(rows[0])));
      });
    } finally {
      conn.removeListener('error', onError);
      conn.release();
    }
  }
}

module.exports = new Ledger({ connectionLimit: 5 });
