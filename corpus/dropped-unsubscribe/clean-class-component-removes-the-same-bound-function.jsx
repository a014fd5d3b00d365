// The same banner binds once, in the constructor, and hands that one function to both calls.
import React from 'react';

class Monitor {
  constructor() {
    this.listeners = new Set();
  }

  addListener(listener) {
    this.listeners.add(listener);
  }

  removeListener(listener) {
    this.listeners.delete(listener);
  }
}

export const monitor = new Monitor();

export class OfflineBanner extends React.Component {
  constructor(props) {
    super(props);
    this.state = { online: true };
    this.onStatus = this.onStatus.bind(this);
  }

  onStatus(online) {
    this.setState({ online });
  }

  componentDidMount() {
    monitor.addListener(this.onStatus);
  }

  componentWillUnmount() {
    monitor.removeListener(this.onStatus);
  }

  render() {
    return this.state.online ? null : <div role="status">You are offline</div>;
  }
}
