import { EventEmitter } from 'node:events';

export const bus = new EventEmitter();

export class Courier {
  private onRecall = (id: string) => this.recalled.add(id);
  private readonly recalled = new Set<string>();

  async deliver(parcel: { id: string; address: string }): Promise<boolean> {
    bus.on('recall', this.onRecall); // expect: listener-leak
    const route = await this.plan(parcel.address);
    if (!route) {
      return false;
    }
    await this.drive(route);
    this.clockOut();
    return !this.recalled.has(parcel.id);
  }

  private clockOut(): void {
    bus.off('recall', this.onRecall);
  }

  private async plan(address: string): Promise<string[] | null> {
    return address ? [address] : null;
  }

  private async drive(route: string[]): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, route.length));
  }
}
