// The same rate change, but the update hook clears the running interval before it starts the
// new one.
import React from 'react';

export default class QueueDepth extends React.Component {
  state = { depth: null };

  componentDidMount() {
    this.timer = setInterval(() => this.refresh(), this.props.everyMs);
  }

  componentDidUpdate(previous) {
    if (previous.everyMs !== this.props.everyMs) {
      clearInterval(this.timer);
      this.timer = setInterval(() => this.refresh(), this.props.everyMs);
    }
  }

  componentWillUnmount() {
    clearInterval(this.timer);
  }

  async refresh() {
    const res = await fetch(`/api/queues/${this.props.queue}/depth`);
    this.setState({ depth: (await res.json()).depth });
  }

  render() {
    return <span>{this.state.depth ?? '…'}</span>;
  }
}
