// The same registry keyed by an id spelled from any string a caller passes: one entry per
// distinct name, for as long as the instance lives.
export class OperationRoots {
  readonly typenameById: Record<string, string> = {}; // expect: unbounded-collection

  register(kind: string, typename: string = kind): void {
    const rootId = `ROOT_${kind.toUpperCase()}`;
    this.typenameById[rootId] = typename;
  }
}
