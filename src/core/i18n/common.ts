/** Names that the engine itself puts into report rows, in both languages. */
import type { Text } from './locale';

export const NO_SOURCE: Text = { ru: 'Без источника', en: 'No source' };
export const TOTAL_PAID: Text = { ru: 'Итого платные', en: 'Total paid' };
export const TOTAL: Text = { ru: 'Итого', en: 'Total' };
export const NO_MANAGER: Text = { ru: 'Без ответственного', en: 'No responsible' };

export const SOURCE_TYPE_LABELS: Record<'paid' | 'offline' | 'organic', Text> = {
  paid: { ru: 'платный', en: 'paid' },
  offline: { ru: 'офлайн', en: 'offline' },
  organic: { ru: 'органический', en: 'organic' },
};
