// The same factory, but its `call` hook (run for every action call) remembers each params
// object under a fresh id and never lets one go.
const { ServiceBroker } = require('moleculer');

const AuditMiddleware = function () {
  const seen = {}; // expect: unbounded-collection
  let next = 0;
  return {
    call(handler) {
      return (actionName, params, opts) => {
        seen[next++] = params;
        return handler(actionName, params, opts);
      };
    },
  };
};

module.exports = new ServiceBroker({ middlewares: [AuditMiddleware()] });
