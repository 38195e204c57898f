/**
 * Node's `events` for the browser bundle: xmlbuilder2's CommonJS build requires it (its callback builder
 * extends EventEmitter) although the termbase export never uses that builder. wxt.config.ts aliases
 * `events` here; Node and the tests use the real module. A small working emitter, not an empty stand-in,
 * so the class that extends it behaves if it is ever used.
 */
type Listener = (...args: unknown[]) => void;

export class EventEmitter {
  private readonly listeners = new Map<string | symbol, Listener[]>();

  on(event: string | symbol, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  off(event: string | symbol, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  emit(event: string | symbol, ...args: unknown[]): boolean {
    const list = this.listeners.get(event) ?? [];
    for (const listener of list) listener(...args);
    return list.length > 0;
  }

  removeAllListeners(event?: string | symbol): this {
    if (event === undefined) this.listeners.clear();
    else this.listeners.delete(event);
    return this;
  }
}

export default { EventEmitter };
