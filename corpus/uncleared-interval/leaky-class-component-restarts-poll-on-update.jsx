// The poll restarts whenever the account changes, but `beginPolling()` stores the new interval
// over the running one: every change leaves one more poll running, and the unmount clears only
// the last.
import { Component } from 'react';

export default class BalanceBadge extends Component {
  state = { balance: null };

  componentDidMount() {
    this.beginPolling();
  }

  componentDidUpdate(previous) {
    if (previous.accountId !== this.props.accountId) this.beginPolling();
  }

  componentWillUnmount() {
    clearInterval(this.poll);
  }

  beginPolling() {
    this.poll = setInterval(async () => { // expect: uncleared-interval
      const res = await fetch(`/api/accounts/${this.props.accountId}/balance`);
      this.setState({ balance: await res.json() });
    }, 10_000);
  }

  render() {
    return <span className="badge">{this.state.balance ?? '...'}</span>;
  }
}
