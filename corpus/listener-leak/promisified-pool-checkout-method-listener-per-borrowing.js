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
    try {
      return await new Promise((resolve, reject) => {
        conn.once('error', reject); // expect: listener-leak
        conn.query('SELECT balance FROM accounts WHERE id = ?', [account], (err, rows) => (err ? reject(err) : resolve(rows[0])));
      });
    } finally {
      conn.release();
    }
  }
}

module.exports = new Ledger({ connectionLimit: 5 });
