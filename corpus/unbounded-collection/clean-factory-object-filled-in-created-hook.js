// A middleware factory whose object's `created` hook, which the broker calls once, fills the
// closure's table from the options: one entry per configured namespace.
const { ServiceBroker } = require('moleculer');

const NamespaceMiddleware = function (namespaces) {
  const brokers = {};
  return {
    created(broker) {
      for (const namespace of namespaces) {
        brokers[namespace] = new ServiceBroker({ ...broker.options, namespace });
      }
    },
    call(next) {
      return (actionName, params, opts) => next(actionName, params, opts);
    },
  };
};

module.exports = new ServiceBroker({ middlewares: [NamespaceMiddleware(['a', 'b'])] });
