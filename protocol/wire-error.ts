/**
 * The one wire-error codec: how an error crosses between contexts, in one-shot replies (`{ err }`, as
 * @webext-core/messaging reads them), the detector's envelopes and the port's replies. The name crosses so
 * that the receiver can tell a refusal (UntrustedSenderError, ValidationError, StorageFullError …) from a
 * lost reply; the stack stays where it was thrown.
 */
export interface WireError {
  name: string;
  message: string;
  stack: '';
}

/** An Error carrying a given name (the name the other side tells it by). */
export function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/** Encodes anything thrown. */
export function toWireError(error: unknown): WireError {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: '' }
    : { name: 'Error', message: String(error), stack: '' };
}

/** Decodes an error that crossed the wire; a malformed one still becomes an Error. */
export function fromWireError(err: unknown): Error {
  const wire = (typeof err === 'object' && err !== null ? err : {}) as Partial<WireError>;
  return namedError(
    typeof wire.name === 'string' ? wire.name : 'Error',
    typeof wire.message === 'string' ? wire.message : 'the background refused',
  );
}
