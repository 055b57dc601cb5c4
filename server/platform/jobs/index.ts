/** 后台任务 — the platform's job runner on the PostgreSQL queue. */
export { createJobRunner, type JobRunner, type JobRunnerOptions, type ScheduledJob } from './job-runner';
