import { bus, tokens } from './index';

bus.on('logout', (token: string) => {
  tokens.delete(token);
});
