import { EMPTY_PLAN, instantiate, prefetchQuery, relatedExpression } from '../../src/repositories/prefetchCypher';
import { entityProjection } from '../../src/repositories/projections';
import { TRAVERSALS, type TraversalName } from '../../src/repositories/traversals';

describe('prefetch Cypher', () => {
  it.each(Object.keys(TRAVERSALS) as TraversalName[])('renames every variable of %s for its nesting level', (name) => {
    const { pattern, order } = TRAVERSALS[name];
    for (const text of [pattern, order]) {
      const renamed = instantiate(text, 'b1', 2);
      // No single-letter variable is left to collide with another level's.
      expect(renamed).not.toMatch(/\b[abrmip]\b/);
      expect(renamed.replace(/\b([brmip])2\b/g, '$1').replace(/\bb1\b/g, 'a')).toBe(text);
    }
  });

  it('nests one COLLECT subquery per step, anchored on the level above', () => {
    const plan = { properties: null, steps: [{ traversal: 'personAttendance' as const, plan: { properties: ['id', 'role'], steps: [{ traversal: 'attendanceMeeting' as const, plan: EMPTY_PLAN }] } }] };
    const query = prefetchQuery(plan);
    expect(query).toContain('MATCH (a0)-[r1:ATTENDED]->(b1:Attendance)-[:AT]->(m1:Meeting)');
    expect(query).toContain('MATCH (b1)-[r2:AT]->(b2:Meeting)');
    expect(query.match(/COLLECT \{/g)).toHaveLength(2);
    expect(query).toContain('b1 {.id, .role, labels: labels(b1)},');
    expect(query).toContain('b2 {.*, searchText: null, labels: labels(b2)},');
    expect(relatedExpression(EMPTY_PLAN, 'a0', 1)).toBe('[]');
  });

  it('reads the relationship only for traversals that need it', () => {
    const references = prefetchQuery({ properties: null, steps: [{ traversal: 'meetingReferences', plan: EMPTY_PLAN }] });
    expect(references).toContain('via: {type: type(r1), props: properties(r1)}');
    const agenda = prefetchQuery({ properties: null, steps: [{ traversal: 'meetingAgenda', plan: EMPTY_PLAN }] });
    expect(agenda).not.toContain('via');
  });

  it('refuses anything but a property name in a projection', () => {
    expect(() => entityProjection('n', ['name} RETURN 1 //'])).toThrow('not a property name');
  });
});
