import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { fetchAccounts, Account } from './accounts';

export const accountBatcher = new DataLoader<string, Account | null>((ids) => fetchAccounts([...ids]), { cache: false, maxBatchSize: 100 });

export const recentAccounts = new DataLoader<string, Account | null>((ids) => fetchAccounts([...ids]), {
  cacheMap: new LRUCache<string, Promise<Account | null>>({ max: 5_000 }),
});
