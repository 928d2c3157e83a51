/** The add-on menu. Safe in AuthMode.NONE: it touches no document, only the UI. */
import { MENU_LABELS } from '../core/i18n/addonLabels';
import { localeOf } from '../core/i18n/locale';
import type { Locale } from '../core/model';

/** The menu's language: the user's locale (the spreadsheet itself may not be readable before authorization). */
function menuLocale(): Locale {
  try {
    return localeOf(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

export function buildMenu(): void {
  const l = menuLocale();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(MENU_LABELS.adPayback[l], 'menuAdPayback')
    .addItem(MENU_LABELS.trafficInfluence[l], 'menuTrafficInfluence')
    .addItem(MENU_LABELS.dataQuality[l], 'menuDataQuality')
    .addItem(MENU_LABELS.allReports[l], 'menuAllReports')
    .addSeparator()
    .addItem(MENU_LABELS.period[l], 'menuPeriod')
    .addItem(MENU_LABELS.settings[l], 'menuSettings')
    .addItem(MENU_LABELS.refresh[l], 'menuRefreshFunctions')
    .addSeparator()
    .addItem(MENU_LABELS.help[l], 'menuHelp')
    .addToUi();
}
