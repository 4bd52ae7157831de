import { seedId } from '../ids.js';
import { MEASURES, MILESTONES, PRIORITIES, STRATEGY } from './lag.js';
import { MEASURE_TITLES_EN, MILESTONES_EN, PRIORITIES_EN, STRATEGY_EN } from './lag.en.js';
import { cents, ids, type DemoRows, type RowContext } from './row-context.js';

/** The LAG's strategy with its priorities and measures, and its history. */
export function lagRows({ clock }: RowContext): DemoRows {
  const strategy = {
    id: ids.strategy(),
    title: STRATEGY.title,
    period_start: STRATEGY.periodStart,
    period_end: STRATEGY.periodEnd,
    vision: STRATEGY.vision,
    mission: STRATEGY.mission,
    title_en: STRATEGY_EN.title,
    vision_en: STRATEGY_EN.vision,
    mission_en: STRATEGY_EN.mission,
    created_at: clock.at([420, '09:00']),
  };
  const priorities = PRIORITIES.map((title, index) => ({
    id: ids.priority(index + 1),
    strategy_id: ids.strategy(),
    position: index + 1,
    title,
    title_en: PRIORITIES_EN[index] ?? null,
    description: '',
  }));
  const measures = MEASURES.map((m) => ({
    id: ids.measure(m.code),
    strategy_id: ids.strategy(),
    priority_id: ids.priority(m.priority),
    code: m.code,
    title: m.title,
    title_en: MEASURE_TITLES_EN[m.code],
    budget_cents: cents(m.budgetEur),
  }));
  const milestones = MILESTONES.map((m) => ({
    id: seedId('milestone', m.key),
    occurred_on: m.occurredOn,
    title: m.title,
    description: m.description,
    title_en: MILESTONES_EN[m.key].title,
    description_en: MILESTONES_EN[m.key].description,
  }));
  return [
    ['strategy', [strategy]],
    ['strategy_priority', priorities],
    ['measure', measures],
    ['milestone', milestones],
  ];
}
