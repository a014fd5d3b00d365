// The abort ends the store subscription too, so both ways out of the wait let it go.
import { createStore } from 'redux';

type State = { orders: Record<string, string> };
export const store = createStore((state: State = { orders: {} }, action: { type: string; id?: string; status?: string }) =>
  action.type === 'order' && action.id ? { orders: { ...state.orders, [action.id]: action.status ?? '' } } : state);

export function waitForStatus(id: string, wanted: string, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (store.getState().orders[id] !== wanted) return;
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
      resolve(wanted);
    };
    const onAbort = () => {
      unsubscribe();
      reject(new Error('aborted'));
    };
    const unsubscribe = store.subscribe(check);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
