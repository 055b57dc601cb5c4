/** 账号接口契约 — the zod shapes of the accounts API, input and output, so OpenAPI documents both. */
import { z } from 'zod';
import { DATA_SCOPES } from '../../../core/access/data-scope';

/** Usernames: lower case letters, digits and . _ @ -, 2–64 characters (stored lower case). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

export const usernameInput = z.string().trim().min(2).max(64);
export const passwordInput = z.string().min(1).max(256);
export const uuidParam = z.strictObject({ id: z.uuid() });

export const unitRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.string(),
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    mustChangePassword: z.boolean(),
  }),
  units: z.array(unitRefSchema),
  actingUnit: unitRefSchema.nullable(),
  /** Permissions held in the acting unit, for menus; what may be done to an object comes with the object. */
  permissions: z.array(z.string()),
  /** Send as X-CSRF-Token on every state-changing request of this session; null for API tokens. */
  csrfToken: z.string().nullable(),
});

export const loginBody = z.strictObject({ username: usernameInput, password: passwordInput });

export const sessionSchema = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  clientAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  actingUnitId: z.string().nullable(),
  /** `revoke` for the other sessions; the current one ends by signing out. */
  abilities: z.array(z.string()),
});

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().trim().max(100).optional(),
};

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  status: z.enum(['active', 'disabled', 'pending']),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  units: z.array(unitRefSchema),
  abilities: z.array(z.string()),
});

export const roleSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  permissions: z.array(z.string()),
  builtIn: z.boolean(),
  abilities: z.array(z.string()),
});

export const scopeSchema = z.enum(DATA_SCOPES as [string, ...string[]]);

export const grantSchema = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  roleId: z.string(),
  unitId: z.string(),
  scope: scopeSchema,
  grantedBy: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.array(z.string()),
});

export const unitSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  nameEn: z.string(),
  parentId: z.string().nullable(),
  code: z.string().nullable(),
  creditCode: z.string().nullable(),
  bodyId: z.string().nullable(),
  townCode: z.string().nullable(),
});

export const registrationStatusSchema = z.enum(['pending', 'verified', 'rejected']);

export const registrationSchema = z.object({
  id: z.string(),
  status: registrationStatusSchema,
  creditCode: z.string(),
  enterpriseName: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  bodyId: z.string().nullable(),
  townCode: z.string().nullable(),
  submittedUserId: z.string(),
  submittedUsername: z.string(),
  enterpriseUnitId: z.string().nullable(),
  submittedAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reason: z.string().nullable(),
  abilities: z.array(z.string()),
});

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  actingUnitId: z.string(),
  permissions: z.array(z.string()),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  abilities: z.array(z.string()),
});

export const emptyBody = z.strictObject({});

/** Dates leave the API as ISO strings. */
export function iso(date: Date): string;
export function iso(date: Date | null): string | null;
export function iso(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}
