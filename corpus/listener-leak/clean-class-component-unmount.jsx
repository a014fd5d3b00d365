// The same tooltip, removing both listeners when it unmounts; and one listening on its own
// element, which goes with it.
import React from 'react';

export default class Tooltip extends React.Component {
  onScroll = () => this.reposition();
  onResize = () => this.reposition();

  componentDidMount() {
    window.addEventListener('scroll', this.onScroll, true);
    window.addEventListener('resize', this.onResize);
  }

  componentWillUnmount() {
    window.removeEventListener('scroll', this.onScroll, true);
    window.removeEventListener('resize', this.onResize);
  }

  reposition() {
    this.setState({ at: Date.now() });
  }

  render() {
    return <div className="tooltip">{this.props.children}</div>;
  }
}
