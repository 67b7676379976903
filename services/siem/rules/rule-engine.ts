import type { Detection } from '../detection';
import { CountWindow, TravelWindow } from './aggregations';
import { categoryOf, renderTemplate, RULE_FIELDS, type RuleContext } from './fields';
import type { CompiledRule } from './rule-loader';

interface Armed {
  rule: CompiledRule;
  count?: CountWindow;
  travel?: TravelWindow;
}

const SEVERITIES = ['low', 'medium', 'high', 'critical'];

/** Runs a compiled rule pack over events, keeping each aggregation's sliding state. */
export class RuleSet {
  private readonly armed: Armed[];
  private serial = 0;

  constructor(readonly rules: readonly CompiledRule[]) {
    this.armed = rules.map((rule) => {
      const a = rule.condition.aggregation;
      if (!a) return { rule };
      if (a.fn === 'travel_kmh') return { rule, travel: new TravelWindow(rule.timeframeMs, a.threshold, a.inclusive) };
      return { rule, count: new CountWindow(rule.timeframeMs, a.inclusive ? Math.max(1, a.threshold) : a.threshold + 1, a.field !== '') };
    });
  }

  get size(): number {
    return this.armed.length;
  }

  evaluate(c: RuleContext): Detection[] {
    const out: Detection[] = [];
    const e = c.event;
    const product = e.product.toLowerCase();
    const category = categoryOf(e.action);
    const t = Number(e.time_ms);
    for (const { rule, count, travel } of this.armed) {
      if (rule.products.length && !rule.products.includes(product)) continue;
      if (rule.categories.length && !rule.categories.includes(category)) continue;
      const memo = new Map<string, boolean>();
      const matched = (name: string) => {
        let v = memo.get(name);
        if (v === undefined) memo.set(name, (v = rule.selections.get(name)!(c)));
        return v;
      };
      if (!rule.condition.evaluate(matched)) continue;
      let firstEventMs = t;
      const agg = rule.condition.aggregation;
      if (agg && count) {
        const group = agg.by ? String(RULE_FIELDS[agg.by](c)) : '';
        const value = agg.field ? String(RULE_FIELDS[agg.field](c)) : String(this.serial++);
        const oldest = count.add(group, value, t);
        if (oldest === null) continue;
        firstEventMs = oldest;
      } else if (agg && travel) {
        if (!e.source_geo) continue;
        const hit = travel.add(String(RULE_FIELDS[agg.by](c)), e.source_geo, t);
        if (!hit) continue;
        firstEventMs = hit.previousMs;
      }
      out.push({
        ruleId: rule.id,
        title: renderTemplate(rule.title, c),
        severity: rule.eventSeverity && SEVERITIES.includes(e.severity) ? (e.severity as Detection['severity']) : rule.severity,
        mitreTechnique: rule.technique || e.mitre_technique,
        assetId: e.asset_id,
        sourceIp: e.source_ip,
        firstEventMs,
        tags: rule.tags,
        event: e,
      });
    }
    return out;
  }
}
