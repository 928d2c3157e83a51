/**
 * Errors of the local host. `HostInputError` is a user error (bad file, bad flag): the CLI prints its one-line
 * message and exits non-zero, never a stack trace. Script-visible errors are made by `HostContext.fail`, in the
 * script's realm, named `Exception` as Apps Script names them.
 */
export class HostInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostInputError';
  }
}
