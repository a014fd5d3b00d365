// componentDidMount() calls a method that listens on window and hands back its remover, but
// the component drops it: every mount leaves one more 'resize' listener on window.
import React from 'react';

export class SplitPane extends React.Component {
  state = { width: window.innerWidth };

  componentDidMount() {
    this.followWindow(); // expect: listener-leak
  }

  componentWillUnmount() {
    this.setState = () => {};
  }

  onResize = () => {
    this.setState({ width: window.innerWidth });
  };

  followWindow() {
    window.addEventListener('resize', this.onResize);
    return () => window.removeEventListener('resize', this.onResize);
  }

  render() {
    return <div style={{ width: this.state.width / 2 }}>{this.props.children}</div>;
  }
}
