import { matchPath } from 'react-router';
import { PATHS, pathTo } from '../paths';

describe('pathTo: the address of a screen from its typed pattern', () => {
  it.each([
    ['a screen without parameters', pathTo('leads'), '/leads'],
    ['the dashboard', pathTo('dashboard'), '/'],
    ['a lead', pathTo('lead', { id: '6f1c2d3e-0000-4000-8000-000000000001' }), '/leads/6f1c2d3e-0000-4000-8000-000000000001'],
    ['an operation report', pathTo('report', { id: 'op-1' }), '/operations/op-1/report'],
    ['a country', pathTo('country', { code: 'RO' }), '/countries/RO'],
    // A parameter is one path segment: a slash or a question mark in it is encoded, never a new segment or a query.
    ['a parameter with a slash and a question mark', pathTo('lead', { id: 'a/b?c' }), '/leads/a%2Fb%3Fc'],
  ])('%s', (_, built, expected) => {
    expect(built).toBe(expected);
  });

  it('every address it builds is matched back by its own pattern as one parameter, the slash given back', () => {
    const match = matchPath({ path: PATHS.lead, end: true }, pathTo('lead', { id: 'a/b' }));
    expect(match?.params).toEqual({ id: 'a/b' });
  });
});
