import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../../../core/registry/credit-code';

/**
 * A valid credit code for demo and test data: an enterprise (91) registered in Pudong (310115) with the given
 * 8-character organisation code body; both check characters are computed, so it passes every GB 32100 check.
 */
export function composeCreditCode(organisationBody: string, areaCode = '310115'): string {
  const organisationCheck = organisationCodeCheckCharacter(organisationBody);
  if (organisationBody.length !== 8 || organisationCheck === null) throw new Error(`bad organisation body ${organisationBody}`);
  const first17 = `91${areaCode}${organisationBody}${organisationCheck}`;
  return first17 + creditCodeCheckCharacter(first17);
}
