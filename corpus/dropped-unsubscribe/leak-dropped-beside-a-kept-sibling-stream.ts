import type { Observable, Subscription } from 'rxjs';
import { map } from 'rxjs/operators';
import type { Socket } from 'socket.io';

interface Telemetry {
  cpu$(host: string): Observable<number>;
  disk$(host: string): Observable<{ used: number; total: number }>;
}

export function serveHostStats(socket: Socket, telemetry: Telemetry): void {
  const watching = new Map<string, Subscription>();

  socket.on('watch', (host: string, what: 'cpu' | 'disk') => {
    if (what === 'cpu') {
      const sub = telemetry.cpu$(host).subscribe((load) => socket.emit('cpu', { host, load }));
      watching.set(`cpu:${host}`, sub);
    } else {
      telemetry
        .disk$(host)
        .pipe(map((d) => Math.round((100 * d.used) / d.total)))
        .subscribe((pct) => socket.emit('disk', { host, pct })); // expect: dropped-unsubscribe
    }
  });

  socket.on('disconnect', () => {
    for (const sub of watching.values()) sub.unsubscribe();
    watching.clear();
  });
}
