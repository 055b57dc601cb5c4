import type { z } from 'zod';
import { listAbilities, type AuthContext } from '../../platform/auth';
import { registrationAbilities } from './accounts.policy';
import { iso, type registrationSchema } from './accounts.schema';
import type { RegistrationRow } from './registrations.repository';

/** A registration for the API, with what the caller may do to it (from the scope filters, as the UI needs). */
export function presentRegistration(auth: AuthContext, row: RegistrationRow): z.infer<typeof registrationSchema> {
  const abilities = listAbilities(auth, registrationAbilities, row, {
    unitId: row.enterpriseUnitId,
    bodyId: row.bodyId,
    townCode: row.townCode,
    ownerId: row.submittedUserId,
  });
  return { ...row, submittedAt: iso(row.submittedAt), reviewedAt: iso(row.reviewedAt), abilities };
}
