/** Report generation and settings writes hold the document lock; a second run waits briefly, then says why. */
import { REPORT_MESSAGES } from '../core/i18n/addonLabels';
import { localeOf } from '../core/i18n/locale';
import { UserError } from './errors';

const WAIT_MS = 10_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(WAIT_MS)) {
    throw new UserError(REPORT_MESSAGES.busy[localeOf(userLocale())]);
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

function userLocale(): string {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  } catch {
    return 'en';
  }
}
