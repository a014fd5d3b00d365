// A hub that keeps one upstream connection per camera. start() reconnects with the same
// camera name, so the loop replaces its own entry; watch() adds viewers only for cameras the
// hub already knows, so the viewer table has one entry per started camera at most.
import { PassThrough } from 'node:stream';
import WebSocket from 'ws';

export class CameraHub {
  private readonly upstream = new Map<string, WebSocket>();
  private readonly viewers = new Map<string, Set<PassThrough>>();

  start(camera: string, url: string): void {
    const socket = new WebSocket(url);
    socket.on('message', (frame: Buffer) => this.viewers.get(camera)?.forEach((v) => v.write(frame)));
    socket.on('close', () => setTimeout(() => this.start(camera, url), 2_000));
    this.upstream.set(camera, socket);
  }

  watch(camera: string): PassThrough | undefined {
    if (!this.upstream.has(camera)) return undefined;
    const feed = new PassThrough();
    let set = this.viewers.get(camera);
    if (!set) {
      set = new Set();
      this.viewers.set(camera, set);
    }
    set.add(feed);
    feed.once('close', () => set!.delete(feed));
    return feed;
  }
}

export const hub = new CameraHub();
hub.start('dock', 'ws://edge-1.local/dock');
hub.start('gate', 'ws://edge-2.local/gate');
