/**
 * The page styles of every chart: the shared rules, then each chart's own `<id>/<id>.css`, found by
 * glob so that no list of ids is kept here. Chart.astro and the chart gallery import this module.
 */
import './shared/charts.css';

import.meta.glob(['./*/*.css', '!./shared/**'], { eager: true });
