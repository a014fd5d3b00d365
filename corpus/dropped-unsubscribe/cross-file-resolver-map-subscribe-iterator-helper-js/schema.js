const { PubSub } = require('graphql-subscriptions');
const { orderUpdates } = require('./order-updates');

const engine = new PubSub();

const resolvers = {
  Query: {
    ping: () => 'pong',
  },
  Subscription: {
    orderUpdated: {
      subscribe: (_root, args) => orderUpdates(engine, args.orderId), // expect: dropped-unsubscribe
    },
  },
};

module.exports = { resolvers, engine };
