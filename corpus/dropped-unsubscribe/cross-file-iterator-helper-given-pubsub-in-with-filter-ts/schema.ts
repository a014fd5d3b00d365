import { RedisPubSub } from 'graphql-redis-subscriptions';
import { withFilter } from 'graphql-subscriptions';
import { orderUpdates, type OrderUpdate } from './order-updates';

export const engine = new RedisPubSub();

export const resolvers = {
  Query: {
    ping: () => 'pong',
  },
  Subscription: {
    orderUpdated: {
      subscribe: withFilter(
        (_root: unknown, args: { orderId: string }) => orderUpdates(engine, args.orderId), // expect: dropped-unsubscribe
        (update: OrderUpdate, args: { statuses?: string[] }) => !args.statuses || args.statuses.includes(update.status),
      ),
      resolve: (update: OrderUpdate) => update,
    },
  },
};
