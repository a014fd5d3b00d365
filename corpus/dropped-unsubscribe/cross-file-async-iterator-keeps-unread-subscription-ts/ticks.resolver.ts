import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { Tick, ticksFor } from './price-feed';

@Resolver('Tick')
export class TicksResolver {
  @Subscription('tick')
  tick(@Args('symbol') symbol: string): AsyncIterableIterator<Tick> {
    return ticksFor(symbol.toUpperCase()); // expect: dropped-unsubscribe
  }
}
