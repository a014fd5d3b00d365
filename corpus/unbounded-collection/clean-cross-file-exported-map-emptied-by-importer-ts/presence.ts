// The same shared Map of who is online.
export const lastSeen = new Map<string, number>();
