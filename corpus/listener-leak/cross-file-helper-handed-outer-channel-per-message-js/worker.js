'use strict';
const { connect } = require('nats');
const { untilClosed } = require('./guard.js');

async function main() {
  const nc = await connect({ servers: process.env.NATS_URL });
  const sub = nc.subscribe('reports.render');
  for await (const msg of sub) {
    try {
      const report = await untilClosed(nc, () => render(msg.json())); // expect: listener-leak
      msg.respond(JSON.stringify(report));
    } catch (err) {
      msg.respond(JSON.stringify({ error: err.message }));
    }
  }
}

async function render(request) {
  return { id: request.id, pages: 1 };
}

main();
