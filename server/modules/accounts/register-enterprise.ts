/**
 * 企业注册 — public self-registration of an enterprise staff account. The credit code must pass GB 32100 (else a
 * 400 naming the field and why); the account stays pending until an intake officer of the area verifies it.
 * Several staff may register for one enterprise: a known credit code links the registration to its unit at once.
 */
import type pg from 'pg';
import { checkCreditCode, describeCreditCodeProblem } from '../../../core/registry/credit-code';
import { AppError } from '../../../core/errors';
import { assertPasswordPolicy, hashPassword } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { checkLocation } from './check-location';
import { normalizeNewUsername } from './normalize-username';
import { findEnterpriseUnitId } from './registrations.repository';
import { insertUser } from './users.repository';

/** 注册申请内容 — what the registration form sends. */
export interface RegistrationInput {
  creditCode: string;
  enterpriseName: string;
  contactName: string;
  contactPhone: string;
  bodyId?: string | undefined;
  townCode?: string | undefined;
  username: string;
  password: string;
  displayName?: string | undefined;
}

export async function registerEnterprise(
  pool: pg.Pool,
  zoneId: string,
  input: RegistrationInput,
  meta: AuditMeta,
): Promise<{ id: string; status: 'pending' }> {
  const creditCode = assertCreditCode(input.creditCode, 'creditCode');
  const username = normalizeNewUsername(input.username, 'username');
  assertPasswordPolicy(input.password, 'password', username);
  await checkLocation(pool, zoneId, input);
  const passwordHash = await hashPassword(input.password);

  return inTransaction(pool, async (client) => {
    const userId = await insertUser(client, {
      username,
      displayName: input.displayName ?? input.contactName,
      passwordHash,
      status: 'pending',
      mustChangePassword: false,
    });
    const enterpriseUnitId = await findEnterpriseUnitId(client, creditCode);
    const { rows } = await client.query<{ id: string }>(
      `insert into enterprise_registrations (credit_code, enterprise_name, contact_name, contact_phone, body_id,
                                             town_code, submitted_user_id, enterprise_unit_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [creditCode, input.enterpriseName, input.contactName, input.contactPhone, input.bodyId ?? null,
        input.townCode ?? null, userId, enterpriseUnitId],
    );
    const id = rows[0]!.id;
    await recordAudit(client, { ...meta, actorUserId: userId }, {
      action: 'registration.submit',
      objectType: 'enterprise-registration',
      objectId: id,
      after: {
        creditCode,
        enterpriseName: input.enterpriseName,
        username,
        bodyId: input.bodyId ?? null,
        townCode: input.townCode ?? null,
        enterpriseUnitId,
      },
    });
    return { id, status: 'pending' as const };
  });
}

/** The normalised code, or CREDIT_CODE_INVALID naming the field and the reason in both languages. */
export function assertCreditCode(input: string, field: string): string {
  const check = checkCreditCode(input);
  if (check.valid) return check.code;
  throw new AppError('CREDIT_CODE_INVALID', {
    field,
    problem: check.problem,
    reasonZh: describeCreditCodeProblem(check.problem, 'zh-CN'),
    reasonEn: describeCreditCodeProblem(check.problem, 'en'),
  });
}
