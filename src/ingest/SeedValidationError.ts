import type { DefinitionConflict } from './entityDefinitions';

/** Thrown when any document is invalid; nothing has been written. Lists every problem. */
export class SeedValidationError extends Error {
  /** `conflicts`: the problems that are refused definitions of entities already held (entityDefinitions.ts). */
  constructor(readonly problems: string[], readonly conflicts: DefinitionConflict[] = []) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in seed documents:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SeedValidationError';
  }
}
