// Discovery waits for one reply on the instance's socket. The reply handler takes both of its
// listeners off; if the socket closes first, the listeners go with the closed socket.
import dgram from 'node:dgram';

export class Discovery {
  private readonly socket = dgram.createSocket('udp4');

  discover(probe: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const onClose = () => reject(new Error('socket closed before discovery'));
      const onMessage = (message: Buffer) => {
        if (message.readUInt16BE(0) !== 2) return;
        this.socket.off('message', onMessage);
        this.socket.off('close', onClose);
        resolve(message);
      };
      this.socket.on('message', onMessage);
      this.socket.on('close', onClose);
      this.socket.send(probe, 50000, '127.0.0.1');
    });
  }
}
