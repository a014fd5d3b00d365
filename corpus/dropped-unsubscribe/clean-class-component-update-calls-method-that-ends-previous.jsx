// The thread view follows a thread through a method that ends the previous subscription before
// it stores the next one.
import React from 'react';
import { threads } from './thread-store';

export class ThreadView extends React.Component {
  state = { posts: [] };

  componentDidMount() {
    this.follow(this.props.threadId);
  }

  componentDidUpdate(prevProps) {
    if (prevProps.threadId !== this.props.threadId) this.follow(this.props.threadId);
  }

  componentWillUnmount() {
    this.stopFollowing?.();
  }

  follow(threadId) {
    this.stopFollowing?.();
    this.stopFollowing = threads.subscribe(threadId, (posts) => this.setState({ posts }));
  }

  render() {
    return <ol>{this.state.posts.map((p) => <li key={p.id}>{p.body}</li>)}</ol>;
  }
}
