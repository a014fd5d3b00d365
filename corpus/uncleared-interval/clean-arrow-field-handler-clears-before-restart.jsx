import React from 'react';

// Shows who is online in a channel; refreshes faster while the window has focus.
export default class PresenceList extends React.Component {
  state = { people: [] };

  componentDidMount() {
    window.addEventListener('focus', this.onFocus);
    this.beginRefreshing(60_000);
  }

  componentWillUnmount() {
    window.removeEventListener('focus', this.onFocus);
    clearInterval(this.refreshTimer);
  }

  onFocus = () => {
    this.load();
    this.beginRefreshing(10_000);
  };

  beginRefreshing(everyMs) {
    clearInterval(this.refreshTimer);
    this.refreshTimer = setInterval(this.load, everyMs);
  }

  load = async () => {
    const res = await fetch(`/api/channels/${this.props.channelId}/presence`);
    if (res.ok) this.setState({ people: await res.json() });
  };

  render() {
    return <ul className="presence">{this.state.people.map((p) => <li key={p.id}>{p.name}</li>)}</ul>;
  }
}
