// The presence badge ends the previous subscription before it follows a new user. The second
// component keeps a `stopPolling` it never calls, which is not the teardown of what it stores.
import React from 'react';
import { presence } from './presence-store';

export class PresenceBadge extends React.Component {
  state = { online: false };

  componentDidMount() {
    this.unsubscribe = presence.subscribe(this.props.userId, (online) => this.setState({ online }));
  }

  componentDidUpdate(prevProps) {
    if (prevProps.userId !== this.props.userId) {
      this.unsubscribe?.();
      this.unsubscribe = presence.subscribe(this.props.userId, (online) => this.setState({ online }));
    }
  }

  componentWillUnmount() {
    this.unsubscribe?.();
  }

  render() {
    return <span className={this.state.online ? 'dot dot--on' : 'dot'} />;
  }
}

export class LastSeen extends React.Component {
  componentDidUpdate() {
    this.label = formatLastSeen(this.props.at);
  }

  render() {
    return <time>{this.label}</time>;
  }
}

function formatLastSeen(at) {
  return new Date(at).toLocaleTimeString();
}
