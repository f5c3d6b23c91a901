/** The studio page: its interface language first (so English never flashes), then the editor. */
import { initialLocale, useLocale } from './internal/localize.js';

await useLocale(initialLocale(), false);
await import('./define.js');
