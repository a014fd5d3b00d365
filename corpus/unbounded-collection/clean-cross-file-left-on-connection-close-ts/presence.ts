// Who is online, by socket id.
const online = new Map<string, unknown>();

export function join(id: string, info: unknown): void {
  online.set(id, info);
}

export function leave(id: string): void {
  online.delete(id);
}
