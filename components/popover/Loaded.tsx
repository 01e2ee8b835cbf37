/**
 * Loads a value when mounted and renders it (or the error): the popovers' details and context. Give it a `key`
 * to load again for another item. A class rather than hooks, so the in-page UI needs no preact/hooks (~2.7 KB
 * less injected into every page).
 */
import { Component, type ComponentChildren } from 'preact';
import { failure } from './page-actions';

interface LoadedProps<T> {
  load: () => Promise<T>;
  children: (value: T | null, error: string | null) => ComponentChildren;
}

export class Loaded<T> extends Component<LoadedProps<T>, { value: T | null; error: string | null }> {
  override state = { value: null as T | null, error: null as string | null };
  #live = true;

  override componentDidMount(): void {
    this.props.load().then(
      (value) => this.#live && this.setState({ value }),
      (e: unknown) => this.#live && this.setState({ error: failure(e) }),
    );
  }

  override componentWillUnmount(): void {
    this.#live = false;
  }

  override render() {
    return this.props.children(this.state.value, this.state.error);
  }
}
