// A Nest GraphQL resolver: each `order` query is counted in a fixed set of counters, one per
// outcome; nothing per caller is kept.
import { Args, Query, Resolver } from '@nestjs/graphql';

@Resolver('Order')
export class OrdersResolver {
  private readonly counts = { found: 0, missing: 0 };

  constructor(private readonly orders: { find(id: string): Promise<unknown> }) {}

  @Query('order')
  async order(@Args('id') id: string) {
    const found = await this.orders.find(id);
    this.counts[found ? 'found' : 'missing'] += 1;
    return found;
  }
}
