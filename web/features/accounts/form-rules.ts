import type { FormRule } from 'antd';
import { checkPassword, describePasswordProblem } from '../../../core/access/password-policy';
import { checkCreditCode, describeCreditCodeProblem } from '../../../core/registry/credit-code';
import type { Language } from '../../app/i18n/language';

/** A rule as an object (FormRule also admits a function of the form, which a rule factory must not return). */
type RuleObject = Exclude<FormRule, (...args: never[]) => unknown>;

/** The server's username rule (accounts.schema.ts), checked on the lower-cased input as the server does. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** The password policy of core/access, the same one the server enforces, with every broken rule listed. */
export function passwordRule(language: Language, usernameOf?: () => string | undefined): RuleObject {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      const problems = checkPassword(value, usernameOf?.());
      if (problems.length > 0) {
        throw new Error(problems.map((problem) => describePasswordProblem(problem, language)).join(language === 'en' ? '; ' : '；'));
      }
    },
  };
}

/** GB 32100: length, characters and both check characters, in the words of core/registry. */
export function creditCodeRule(language: Language): RuleObject {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const check = checkCreditCode(value);
      if (!check.valid) throw new Error(describeCreditCodeProblem(check.problem, language));
    },
  };
}

/** The confirmation field of a new password must repeat it. */
export function sameAsRule(field: string, message: string): (form: { getFieldValue(name: string): unknown }) => RuleObject {
  return (form) => ({
    validator: async (_rule, value: unknown) => {
      if (value && value !== form.getFieldValue(field)) throw new Error(message);
    },
  });
}
