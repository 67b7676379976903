import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateDispatchRequirements, type DispatchRequirements } from '../../common/domain/dispatch-requirements';

/** assets/dispatch, found from the source tree (tsx) or from build/services/dispatch (compiled). */
export const REQUIREMENTS_FILE =
  [path.resolve(__dirname, '../../assets/dispatch/incident-requirements.json'), path.resolve(__dirname, '../../../assets/dispatch/incident-requirements.json')].find((f) =>
    fs.existsSync(f),
  ) ?? path.resolve(__dirname, '../../assets/dispatch/incident-requirements.json');

/** Reads and validates the requirements file; throws one error listing every problem found. */
export function loadDispatchRequirements(file = REQUIREMENTS_FILE): DispatchRequirements {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`dispatch requirements ${file}: ${(err as Error).message}`);
  }
  const r = validateDispatchRequirements(data);
  if (!r.ok) throw new Error(`dispatch requirements ${file} is invalid: ${r.errors.join('; ')}`);
  return r.value;
}
