import React from 'react';

function watchScroll(onScroll: () => void): void {
  window.addEventListener('scroll', onScroll, { passive: true });
}

function unwatchScroll(onScroll: () => void): void {
  window.removeEventListener('scroll', onScroll);
}

export class StickyHeader extends React.Component<{ offset: number }, { stuck: boolean }> {
  state = { stuck: false };

  componentDidMount(): void {
    watchScroll(() => this.setState({ stuck: window.scrollY > this.props.offset }));
  }

  componentWillUnmount(): void {
    unwatchScroll(() => this.setState({ stuck: false })); // expect: listener-removal-mismatch
  }

  render() {
    return <header className={this.state.stuck ? 'header header--stuck' : 'header'} />;
  }
}
