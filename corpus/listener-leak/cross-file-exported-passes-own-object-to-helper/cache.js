// The module's one Redis client. `get()` hands it to a logging helper on every call, and the
// helper adds an 'error' listener each time.
const Redis = require('ioredis');

const client = new Redis(process.env.REDIS_URL);

function logFailures(connection, label) {
  connection.on('error', (error) => console.error(`[redis] ${label}`, error.message));
}

async function get(key, label) {
  logFailures(client, label);
  return client.get(key);
}

module.exports = { get };
