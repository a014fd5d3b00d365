export { tokens, bus } from './registry';
