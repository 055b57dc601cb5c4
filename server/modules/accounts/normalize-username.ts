import { AppError } from '../../../core/errors';
import { USERNAME_PATTERN } from './accounts.schema';

/** Usernames are compared lower case; a new one must fit the pattern, else a 400 naming the field. */
export function normalizeNewUsername(input: string, field: string): string {
  const username = input.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [`${field}: 2–64 characters: letters, digits and . _ @ -, starting with a letter or digit`],
      fields: [{ field, message: 'invalid username' }],
    });
  }
  return username;
}
