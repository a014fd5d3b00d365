// The TypeScript form of a delay before reconnecting: started in the socket's 'end'
// listener, after the connection is over, so it races nothing; and a delay pending when
// `close()` runs finds the link closing and does nothing.
import { Socket } from 'net';

export class Link {
  private socket?: Socket;
  private closing = false;

  open(port: number, host: string): void {
    const socket = new Socket();
    this.socket = socket;
    socket.on('end', () => {
      if (this.closing) return;
      setTimeout(() => {
        if (this.closing) return;
        socket.destroy();
        this.open(port, host);
      }, 1000);
    });
    socket.connect(port, host);
  }

  close(): void {
    this.closing = true;
    this.socket?.end();
  }
}
