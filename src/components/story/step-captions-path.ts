/** Where an embed fetches the map story's step captions from (one small JSON file per language), so embeds without `?step=` never download them. */
import { langPath } from '../../i18n/paths';
import type { Lang } from '../../i18n/locale';
import { story } from '../../data/story';

export const stepCaptionsPath = (lang: Lang): string => langPath(lang, `embed/${story.chart}/steps.json`);
