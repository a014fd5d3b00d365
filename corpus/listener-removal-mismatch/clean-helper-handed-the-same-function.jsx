import React from 'react';

function watchScroll(onScroll) {
  window.addEventListener('scroll', onScroll, { passive: true });
}

function unwatchScroll(onScroll) {
  window.removeEventListener('scroll', onScroll);
}

export class StickyHeader extends React.Component {
  state = { stuck: false };

  onScroll = () => this.setState({ stuck: window.scrollY > this.props.offset });

  componentDidMount() {
    watchScroll(this.onScroll);
  }

  componentWillUnmount() {
    unwatchScroll(this.onScroll);
  }

  render() {
    return <header className={this.state.stuck ? 'header header--stuck' : 'header'} />;
  }
}
