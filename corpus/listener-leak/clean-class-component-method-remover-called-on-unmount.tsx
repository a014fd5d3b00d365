// The method the mount calls hands back its remover; the component keeps it in a field and
// calls it when it unmounts, so each mount takes its listener down again.
import { Component } from 'react';

interface Props { label: string }

export class ScrollMeter extends Component<Props, { offset: number }> {
  state = { offset: 0 };
  private unfollow?: () => void;

  componentDidMount(): void {
    this.unfollow = this.followScroll();
  }

  componentWillUnmount(): void {
    this.unfollow?.();
  }

  private readonly onScroll = (): void => {
    this.setState({ offset: window.scrollY });
  };

  private followScroll(): () => void {
    window.addEventListener('scroll', this.onScroll, { passive: true });
    return () => window.removeEventListener('scroll', this.onScroll);
  }

  render() {
    return <span title={this.props.label}>{this.state.offset}</span>;
  }
}
