// The order takes its 'error' listener off before it gives the connection back.
const { checkout } = require('./db');

async function placeOrder(customerId, sku) {
  const client = await checkout();
  let broken;
  const onError = (err) => { broken = err; };
  client.on('error', onError);
  try {
    await client.query('INSERT INTO orders (customer_id, sku) VALUES ($1, $2)', [customerId, sku]);
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

module.exports = { placeOrder };
