// Every client the pool opens gets a timed `query`; the pool retires idle clients all day, and
// each one stays in the patch list.
const mysql = require('mysql2');
const { patch } = require('./patch');

const dbPool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10 });

dbPool.on('connect', (conn) => {
  patch(conn, 'query', (query) => function timedQuery(...args) { // expect: unbounded-collection
    console.time('query');
    return query.apply(this, args);
  });
});

module.exports = { dbPool };
