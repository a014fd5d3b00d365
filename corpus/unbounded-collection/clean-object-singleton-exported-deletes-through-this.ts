import { randomUUID } from 'node:crypto';

interface Upload {
  fileName: string;
  size: number;
  received: number;
}

// The TypeScript form, deleting each upload when it finishes.
const uploads = {
  active: new Map<string, Upload>(),

  begin(fileName: string, size: number): string {
    const id = randomUUID();
    this.active.set(id, { fileName, size, received: 0 });
    return id;
  },

  progress(id: string, bytes: number): void {
    const entry = this.active.get(id);
    if (entry) entry.received += bytes;
  },

  finish(id: string): void {
    this.active.delete(id);
  },
};

export default uploads;
