// The registry keys its entries by an id spelled from a parameter that can only be one of
// three literals, so the field holds three entries at most, whatever its name says.
export class OperationRoots {
  readonly typenameById: Record<string, string> = {};

  constructor() {
    this.register('Query');
    this.register('Mutation');
  }

  register(kind: 'Query' | 'Mutation' | 'Subscription', typename: string = kind): void {
    const rootId = `ROOT_${kind.toUpperCase()}`;
    this.typenameById[rootId] = typename;
  }
}
