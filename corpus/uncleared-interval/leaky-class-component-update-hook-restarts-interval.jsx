// The refresh rate can change; the update hook starts a new interval at the new rate over the
// handle of the running one, so each change leaves one more running and the unmount clears
// only the newest.
import React from 'react';

export default class QueueDepth extends React.Component {
  state = { depth: null };

  componentDidMount() {
    this.timer = setInterval(() => this.refresh(), this.props.everyMs);
  }

  componentDidUpdate(previous) {
    if (previous.everyMs !== this.props.everyMs) {
      this.timer = setInterval(() => this.refresh(), this.props.everyMs); // expect: uncleared-interval
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
