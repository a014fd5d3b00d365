// Two read models follow the bus; the function that wires them is called once, at start-up.
const { onShipped } = require('./events');

function wireProjections(store) {
  onShipped((event) => store.bump('shipped', event.warehouse));
  onShipped((event) => store.touch(event.orderId));
}

module.exports = { wireProjections };
