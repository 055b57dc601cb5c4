export { healthRoutes, type HealthOptions } from './health.routes';
