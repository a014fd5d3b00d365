// Every socket's session is dropped on 'disconnect', registered before the tenant handshake
// that may fail.
import type { Namespace, Socket } from 'socket.io';
import { sessions } from './sessions';
import { resolveTenant } from './tenants';

export function wireTenants(nsp: Namespace): void {
  nsp.on('connection', async (socket: Socket) => {
    sessions.add(socket);
    socket.on('disconnect', () => sessions.drop(socket.id));
    try {
      const tenant = await resolveTenant(socket.handshake.auth?.tenant);
      sessions.label(socket.id, tenant.id);
      await socket.join(`tenant:${tenant.id}`);
    } catch (err) {
      socket.emit('handshake_error', String(err));
      socket.disconnect(true);
    }
  });
}
