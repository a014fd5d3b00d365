// The process's lifetime: aborted once, at shutdown.
export const processLifetime = new AbortController();
export const announcements = new EventTarget();
process.once('SIGINT', () => processLifetime.abort());
