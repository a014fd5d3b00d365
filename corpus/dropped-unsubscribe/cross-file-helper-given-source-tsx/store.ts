// The application's one session store.
import { createStore } from 'zustand/vanilla';

export const sessionStore = createStore<{ user: string | null }>(() => ({ user: null }));
