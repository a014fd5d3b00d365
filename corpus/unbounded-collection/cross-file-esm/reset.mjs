import { pages } from './cache.mjs';

process.on('SIGHUP', () => pages.clear());
