// The package's entry point passes the helpers on.
export { subscribe, publish } from './bus';
export * from './bus';
