import DataLoader from 'dataloader';
import { fetchAccounts, Account } from './accounts';

export const accountLoader = new DataLoader<string, Account | null>( // expect: unbounded-cache-config
  (ids) => fetchAccounts([...ids]),
  { maxBatchSize: 100 },
);
