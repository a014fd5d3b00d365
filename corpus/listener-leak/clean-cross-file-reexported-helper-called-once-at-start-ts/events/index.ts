export { onRefund, emitRefund } from './refunds';
