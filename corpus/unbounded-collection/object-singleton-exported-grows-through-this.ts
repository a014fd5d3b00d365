import { randomUUID } from 'node:crypto';

interface Upload {
  fileName: string;
  size: number;
  received: number;
}

// The TypeScript form, exported as the module's default: `this.active` in its methods is the
// exported object's table, and it only grows.
const uploads = {
  active: new Map<string, Upload>(), // expect: unbounded-collection

  begin(fileName: string, size: number): string {
    const id = randomUUID();
    this.active.set(id, { fileName, size, received: 0 });
    return id;
  },

  progress(id: string, bytes: number): void {
    const entry = this.active.get(id);
    if (entry) entry.received += bytes;
  },
};

export default uploads;
