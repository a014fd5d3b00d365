const { poolFor } = require('./pools');

async function routes(app) {
  app.get('/orders/:id', async (request) => {
    const pool = poolFor('orders', (origin) => app.log.warn({ origin }, 'dropped'));
    const { body } = await pool.request({ method: 'GET', path: `/orders/${request.params.id}` });
    return body.json();
  });
}

module.exports = { routes };
