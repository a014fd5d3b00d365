// Who is online, shared by every view that shows avatars.
let online = new Set();
let observers = [];

export function observePresence(observer) {
  observers.push(observer);
}

export function unobservePresence(observer) {
  observers = observers.filter((o) => o !== observer);
}

export function setOnline(ids) {
  online = new Set(ids);
  observers.forEach((o) => o(online));
}
