// A router and a plugin host fill arrays while the program is set up (use, register,
// route): bounded by the code, not by traffic.
export class Router {
  private stack: Array<{ path: string; handler: Function }> = [];
  private plugins: object[] = [];

  use(path: string, handler: Function): this {
    this.stack.push({ path, handler });
    return this;
  }

  register(plugin: object): void {
    this.plugins.push({ plugin, at: Date.now() });
  }
}
