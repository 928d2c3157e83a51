/** An error meant for the user: its message is shown as is, never a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** The text to show for any error: a UserError's own message, or a one-line summary of an internal one. */
export function messageOf(e: unknown): string {
  if (e instanceof UserError) return e.message;
  if (e instanceof Error) return e.message.split('\n')[0];
  return String(e);
}
