// A socket that fails the tenant handshake is disconnected from the catch before any
// 'disconnect' handler exists, so its session is never dropped.
import type { Namespace, Socket } from 'socket.io';
import { sessions } from './sessions';
import { resolveTenant } from './tenants';

export function wireTenants(nsp: Namespace): void {
  nsp.on('connection', async (socket: Socket) => {
    sessions.add(socket); // expect: unbounded-collection
    try {
      const tenant = await resolveTenant(socket.handshake.auth?.tenant);
      sessions.label(socket.id, tenant.id);
      socket.on('disconnect', () => sessions.drop(socket.id));
      await socket.join(`tenant:${tenant.id}`);
    } catch (err) {
      socket.emit('handshake_error', String(err));
      socket.disconnect(true);
    }
  });
}
