/**
 * 计时 — arming, pausing, resuming and stopping a case's clocks, each with its event. A correction pauses every
 * running clock until the applicant resubmits; a stage's clock stops when the case leaves the stage, and entering
 * the stage again arms a new one.
 */
import type { Timer } from './case-state';
import type { Step } from './step';

export function armTimer(step: Step, timer: Pick<Timer, 'kind' | 'stageId' | 'promised' | 'statutory'>): void {
  const visit = timer.stageId === null ? 1 : step.state.visits[timer.stageId] ?? 1;
  const armed: Timer = {
    ...timer,
    id: timer.stageId === null ? timer.kind : `${timer.kind}:${timer.stageId}:${visit}`,
    visit,
    startedAt: step.now,
    pauses: [],
    stoppedAt: null,
  };
  step.state.timers.push(armed);
  step.events.push({ type: 'timer-armed', timer: structuredClone(armed) });
}

export function stopTimers(step: Step, which: (timer: Timer) => boolean): void {
  for (const timer of step.state.timers) {
    if (timer.stoppedAt !== null || !which(timer)) continue;
    const pause = timer.pauses.at(-1);
    if (pause && pause.to === null) pause.to = step.now;
    timer.stoppedAt = step.now;
    step.events.push({ type: 'timer-stopped', timerId: timer.id, at: step.now });
  }
}

export function pauseTimers(step: Step): void {
  for (const timer of step.state.timers) {
    if (timer.stoppedAt !== null || timer.pauses.at(-1)?.to === null) continue;
    timer.pauses.push({ from: step.now, to: null });
    step.events.push({ type: 'timer-paused', timerId: timer.id, at: step.now });
  }
}

export function resumeTimers(step: Step): void {
  for (const timer of step.state.timers) {
    const pause = timer.pauses.at(-1);
    if (timer.stoppedAt !== null || !pause || pause.to !== null) continue;
    pause.to = step.now;
    step.events.push({ type: 'timer-resumed', timerId: timer.id, at: step.now });
  }
}
