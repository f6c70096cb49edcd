import { HeldEntity, definitionConflicts, describeConflict, kindsOf } from '../../src/ingest/entityDefinitions';
import { WritePlan } from '../../src/ingest/WritePlan';

const council = (document: string): HeldEntity => ({ kinds: ['Council'], document, keys: ['id', 'document', 'nameEn', 'nameFr', 'status'] });

function plan(document: string, build: (plan: WritePlan) => void): WritePlan {
  const result = new WritePlan(document);
  build(result);
  return result;
}

describe('definitionConflicts', () => {
  it('refuses a kind change, naming the entity, both kinds and both documents', () => {
    const held = new Map([['body-x', council('file:reference.yaml')]]);
    const conflicts = definitionConflicts(plan('src-y', (p) => p.node('Person', 'body-x', { name: 'X' })), held);
    expect(conflicts).toEqual([{ document: 'src-y', id: 'body-x', kind: 'Council', newKind: 'Person', writtenBy: 'file:reference.yaml', dropped: ['nameEn', 'nameFr', 'status'] }]);
    expect(describeConflict(conflicts[0]!)).toBe("'body-x' is a Council written by file:reference.yaml; document src-y would make it a Person: an entity's kind never changes (use a new id)");
  });

  it('refuses a kind change by the document that wrote the entity, and with replaces', () => {
    const own = plan('file:reference.yaml', (p) => p.node('WorkingGroup', 'body-x', { nameEn: 'X', nameFr: 'X', status: 'ACTIVE' }));
    own.replaces.add('body-x');
    expect(definitionConflicts(own, new Map([['body-x', council('file:reference.yaml')]]))).toMatchObject([{ kind: 'Council', newKind: 'WorkingGroup', dropped: [] }]);
  });

  it("refuses dropping another document's properties unless the id is under replaces", () => {
    const renamed = () => plan('src-y', (p) => p.node('Council', 'body-x', { nameEn: 'X', status: 'ACTIVE' }));
    expect(definitionConflicts(renamed(), new Map([['body-x', council('src-z')]]))).toMatchObject([{ id: 'body-x', kind: 'Council', newKind: 'Council', dropped: ['nameFr'] }]);
    const replacing = renamed();
    replacing.replaces.add('body-x');
    expect(definitionConflicts(replacing, new Map([['body-x', council('src-z')]]))).toEqual([]);
  });

  it('lets a document drop what it wrote itself, and another add or change properties', () => {
    const own = plan('src-z', (p) => p.node('Council', 'body-x', { nameEn: 'X' }));
    expect(definitionConflicts(own, new Map([['body-x', council('src-z')]]))).toEqual([]);
    const more = plan('src-y', (p) => p.node('Council', 'body-x', { nameEn: 'Y', nameFr: 'Y', status: 'ENDED', aliases: ['Y'] }));
    expect(definitionConflicts(more, new Map([['body-x', council('src-z')]]))).toEqual([]);
  });

  it('checks each document of a run against the ones before it, and against itself', () => {
    const held = new Map<string, HeldEntity>();
    expect(definitionConflicts(plan('file:a.yaml', (p) => p.node('Organization', 'org-x', { kind: 'OTHER' })), held)).toEqual([]);
    expect(definitionConflicts(plan('file:b.yaml', (p) => p.node('Jurisdiction', 'org-x', { kind: 'OTHER' })), held))
      .toMatchObject([{ id: 'org-x', kind: 'Organization', newKind: 'Jurisdiction', writtenBy: 'file:a.yaml' }]);
    const twice = plan('file:c.yaml', (p) => {
      p.node('Person', 'person-q', { name: 'Q' });
      p.node('Theme', 'person-q', { labelEn: 'Q' });
    });
    expect(definitionConflicts(twice, new Map())).toMatchObject([{ id: 'person-q', kind: 'Person', newKind: 'Theme', writtenBy: 'file:c.yaml' }]);
  });

  it('treats a node already holding two kinds as a change of kind', () => {
    const damaged = new Map([['body-x', { kinds: ['Council', 'Person'], document: 'src-z', keys: ['id', 'document', 'name'] }]]);
    expect(definitionConflicts(plan('src-z', (p) => p.node('Person', 'body-x', { name: 'X' })), damaged)).toMatchObject([{ kind: 'Council+Person', newKind: 'Person' }]);
  });
});

describe('kindsOf', () => {
  it('reads the node kind from its labels', () => {
    expect(kindsOf(['Entity', 'Body', 'Council'])).toEqual(['Council']);
    expect(kindsOf(['Entity', 'Person'])).toEqual(['Person']);
    expect(kindsOf(['Entity', 'Body', 'Council', 'Person'])).toEqual(['Council', 'Person']);
    expect(kindsOf(['Entity'])).toEqual([]);
  });
});
