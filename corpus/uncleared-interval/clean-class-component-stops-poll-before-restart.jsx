// The same badge stops the running poll before each restart, so one poll runs at a time.
import { Component } from 'react';

export default class BalanceBadge extends Component {
  state = { balance: null };

  componentDidMount() {
    this.beginPolling();
  }

  componentDidUpdate(previous) {
    if (previous.accountId !== this.props.accountId) {
      this.endPolling();
      this.beginPolling();
    }
  }

  componentWillUnmount() {
    this.endPolling();
  }

  beginPolling() {
    this.poll = setInterval(async () => {
      const res = await fetch(`/api/accounts/${this.props.accountId}/balance`);
      this.setState({ balance: await res.json() });
    }, 10_000);
  }

  endPolling() {
    clearInterval(this.poll);
  }

  render() {
    return <span className="badge">{this.state.balance ?? '...'}</span>;
  }
}
