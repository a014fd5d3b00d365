// The banner adds `this.onStatus.bind(this)` to the module's monitor on mount and hands a second,
// new bound function to `removeListener()` on unmount, which removes nothing: every mounted
// banner stays in the monitor's set.
import React from 'react';

type Listener = (online: boolean) => void;

class Monitor {
  private readonly listeners = new Set<Listener>();

  addListener(listener: Listener): void {
    this.listeners.add(listener);
  }

  removeListener(listener: Listener): void {
    this.listeners.delete(listener);
  }
}

export const monitor = new Monitor();

export class OfflineBanner extends React.Component<{}, { online: boolean }> {
  state = { online: true };

  onStatus(online: boolean): void {
    this.setState({ online });
  }

  componentDidMount(): void {
    monitor.addListener(this.onStatus.bind(this)); // expect: dropped-unsubscribe
  }

  componentWillUnmount(): void {
    monitor.removeListener(this.onStatus.bind(this));
  }

  render() {
    return this.state.online ? null : <div role="status">You are offline</div>;
  }
}
