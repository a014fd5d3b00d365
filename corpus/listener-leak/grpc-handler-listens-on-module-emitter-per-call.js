const grpc = require('@grpc/grpc-js');
const { EventEmitter } = require('events');

const orders = new EventEmitter();
const server = new grpc.Server();

server.addService(require('./proto').OrderService.service, {
  watchOrders(call) {
    orders.on('created', (order) => call.write(order)); // expect: listener-leak
  },
  placeOrder(call, callback) {
    const order = { id: Date.now(), ...call.request };
    orders.emit('created', order);
    callback(null, order);
  },
});

module.exports = { server, orders };
