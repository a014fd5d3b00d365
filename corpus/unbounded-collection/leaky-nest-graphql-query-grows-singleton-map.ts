// A Nest GraphQL resolver: each `order` query remembers who asked, in a Map of the resolver's
// one instance that nothing ever prunes.
import { Args, Query, Resolver } from '@nestjs/graphql';

@Resolver('Order')
export class OrdersResolver {
  private readonly askedBy = new Map<string, string[]>(); // expect: unbounded-collection

  constructor(private readonly orders: { find(id: string): Promise<unknown> }) {}

  @Query('order')
  async order(@Args('id') id: string, @Args('viewer') viewer: string) {
    this.askedBy.set(`${viewer}:${id}`, [viewer, id]);
    return this.orders.find(id);
  }
}
