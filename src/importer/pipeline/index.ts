import type { ExtractStages } from './importFile';
import { extract } from './extract';
import { structure } from './structure';

/** structure → classify → extract, the stages between READ and RESOLVE. */
export const extractStages: ExtractStages = (read, language) => {
  const structured = structure(read, language);
  return { extraction: extract(structured), language: structured.language };
};
