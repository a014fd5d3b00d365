// The same connection, taking its 'cancel' listener off when the execution completes; and a
// request object made fresh for every call, whose own end is the end of the listener too.
import { EventEmitter } from 'node:events';

interface Command extends EventEmitter { sql: string; parameters: unknown[] }
interface Message { ignore: boolean; write(p: unknown): void; end(): void; on(e: 'done', f: () => void): void }

export class Connection extends EventEmitter {
  current?: Command;

  execute(command: Command): void {
    this.current = command;
    const message = this.startMessage(command.sql);
    const onCancel = () => {
      message.ignore = true;
      message.end();
    };
    command.once('cancel', onCancel);
    message.on('done', () => command.removeListener('cancel', onCancel));
    message.write(command.parameters);
  }

  private startMessage(sql: string): Message {
    return { ignore: false, write() {}, end() {}, on() {} } as unknown as Message;
  }
}
