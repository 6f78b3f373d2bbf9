import { faultFrom, type Fault, type FaultName } from './faults.js';
import type { EventInit } from './eventInit.js';
import type { TrafficKind } from './traffic.js';

/** One step of a scripted scenario, `at` ms after the room becomes active. */
export type ScenarioStep =
  | { at: number; event: EventInit }
  | { at: number; traffic: TrafficKind; count?: number }
  | { at: number; fault: Fault }
  /** @deprecated A fault by name with untyped options; write `{ at, fault: { type: name, ...options } }`. */
  | { at: number; fault: FaultName; options?: Record<string, unknown> }
  | { at: number; control: number }
  | { at: number; end: true };

/** What a scenario's steps do, one callback per kind of step. */
export interface ScenarioActions {
  event(event: EventInit): void;
  traffic(kind: TrafficKind, count: number): void;
  fault(fault: Fault): void;
  control(action: number): void;
  end(): void;
}

/** A room's scripted timeline: each step runs `at` ms after `start`, until `stop`. */
export class Scenario {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly steps: readonly ScenarioStep[]) {}

  start(actions: ScenarioActions): void {
    for (const step of this.steps) {
      const t = setTimeout(() => {
        this.timers.delete(t);
        runStep(step, actions);
      }, step.at);
      t.unref();
      this.timers.add(t);
    }
  }

  /** Cancels the steps still to come. */
  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}

function runStep(step: ScenarioStep, actions: ScenarioActions): void {
  if ('event' in step) actions.event(step.event);
  else if ('traffic' in step) actions.traffic(step.traffic, step.count ?? 1);
  else if ('control' in step) actions.control(step.control);
  else if ('end' in step) actions.end();
  else if (typeof step.fault === 'string') actions.fault(faultFrom(step.fault, step.options));
  else actions.fault(step.fault);
}
