// The badge follows the connection it is handed; when the parent hands it another one, it
// listens on the new connection and leaves its handler on the old one, which keeps the badge.
import React from 'react';

export class ConnectionBadge extends React.Component {
  state = { online: this.props.connection.online };

  onStatus = (online) => this.setState({ online });

  componentDidMount() {
    this.props.connection.on('status', this.onStatus);
  }

  componentDidUpdate(prevProps) {
    if (prevProps.connection !== this.props.connection) {
      this.props.connection.on('status', this.onStatus); // expect: listener-leak
    }
  }

  componentWillUnmount() {
    this.props.connection.off('status', this.onStatus);
  }

  render() {
    return <span className={this.state.online ? 'badge badge--on' : 'badge'} />;
  }
}
