const grpc = require('@grpc/grpc-js');
const { EventEmitter } = require('events');

const orders = new EventEmitter();
const server = new grpc.Server();

server.addService(require('./proto').OrderService.service, {
  watchOrders(call) {
    const forward = (order) => call.write(order);
    orders.on('created', forward);
    call.on('cancelled', () => orders.off('created', forward));
  },
  placeOrder(call, callback) {
    const order = { id: Date.now(), ...call.request };
    orders.emit('created', order);
    callback(null, order);
  },
});

module.exports = { server, orders };
