import type { pages } from './store';

type PageTable = typeof pages;

export function summarise(pages: PageTable): number {
  const total = pages.size;
  pages.clear();
  return total;
}
