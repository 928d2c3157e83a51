/** Why an edit of a settings tab was refused; the shell shows it through the sidebar's labels. */
export type EditErrorCode =
  | 'rowChanged'
  | 'nameRequired'
  | 'duplicateName'
  | 'badMatches'
  | 'badColor'
  | 'mergeNeedsTwo'
  | 'unknownReportKind'
  | 'badPeriod';

export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    /** A value to quote in the message (a name, a match entry). */
    readonly detail: string = '',
  ) {
    super(code + (detail ? ': ' + detail : ''));
    this.name = 'EditError';
  }
}
