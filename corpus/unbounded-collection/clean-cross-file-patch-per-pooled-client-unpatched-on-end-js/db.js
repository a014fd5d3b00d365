// Every client the pool opens gets a timed `query`, taken back when the client ends or fails.
const mysql = require('mysql2');
const { patch, restore } = require('./patch');

const dbPool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10 });

dbPool.on('connect', (conn) => {
  patch(conn, 'query', (query) => function timedQuery(...args) {
    console.time('query');
    return query.apply(this, args);
  });
  const undo = () => restore(conn, 'query');
  conn.once('end', undo);
  conn.once('error', undo);
});

module.exports = { dbPool };
