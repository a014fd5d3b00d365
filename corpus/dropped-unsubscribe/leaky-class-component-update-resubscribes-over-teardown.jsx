// The presence badge follows the user it is given; on a new user it subscribes again and drops
// the previous teardown, so the store keeps calling every user's old callback (and the badge).
import React from 'react';
import { presence } from './presence-store';

export class PresenceBadge extends React.Component {
  state = { online: false };

  componentDidMount() {
    this.unsubscribe = presence.subscribe(this.props.userId, (online) => this.setState({ online }));
  }

  componentDidUpdate(prevProps) {
    if (prevProps.userId !== this.props.userId) {
      this.unsubscribe = presence.subscribe(this.props.userId, (online) => this.setState({ online })); // expect: dropped-unsubscribe
    }
  }

  componentWillUnmount() {
    this.unsubscribe?.();
  }

  render() {
    return <span className={this.state.online ? 'dot dot--on' : 'dot'} />;
  }
}
