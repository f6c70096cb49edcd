import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NODE_KINDS, RELATIONSHIP_TYPES } from '../../src/ingest/WritePlan';

/** The data model page must not drift from the closed lists the ingester writes. */
const page = readFileSync(path.resolve(__dirname, '../../docs/data-model.md'), 'utf8');

it.each([...NODE_KINDS, 'Entity', 'Body'])('documents the label %s', (label) => {
  expect(page).toContain(`\`${label}\``);
});

it.each([...RELATIONSHIP_TYPES])('documents the relationship type %s', (type) => {
  expect(page).toContain(`\`${type}\``);
});
