// Subscribers add themselves and remove themselves with splice.
type Listener = (value: number) => void;

const listeners: Listener[] = [];

export function subscribe(listener: Listener): () => void {
  listeners.push(listener);
  return () => {
    const index = listeners.indexOf(listener);
    if (index !== -1) listeners.splice(index, 1);
  };
}

export function publish(value: number): void {
  for (const listener of listeners) listener(value);
}
