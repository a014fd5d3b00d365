import React from 'react';

type StatusHandler = (online: boolean) => void;

// One watcher for the page: components register to hear when the network comes and goes.
class NetworkStatus {
  private handlers: StatusHandler[] = [];

  constructor() {
    window.addEventListener('online', () => this.emit(true));
    window.addEventListener('offline', () => this.emit(false));
  }

  addStatusHandler(handler: StatusHandler): void {
    this.handlers.push(handler);
  }

  removeStatusHandler(handler: StatusHandler): void {
    this.handlers = this.handlers.filter((h) => h !== handler);
  }

  private emit(online: boolean): void {
    for (const handler of this.handlers) handler(online);
  }
}

export const networkStatus = new NetworkStatus();

export class SyncBadge extends React.Component<{ queue: number }, { online: boolean }> {
  state = { online: navigator.onLine };

  private onStatus = (online: boolean) => this.setState({ online });

  componentDidMount() {
    networkStatus.addStatusHandler(this.onStatus);
  }

  componentWillUnmount() {
    networkStatus.removeStatusHandler(this.onStatus);
  }

  render() {
    return <span className={this.state.online ? 'badge' : 'badge offline'}>{this.props.queue}</span>;
  }
}
