import { matchPath } from '../history-router';

describe('matchPath', () => {
  it('returns the named parameters of a matching path, decoded', () => {
    expect(matchPath('/operations/:id', '/operations/a%20b')).toEqual({ id: 'a b' });
  });

  it('ignores a trailing slash', () => {
    expect(matchPath('/operations/:id', '/operations/42/')).toEqual({ id: '42' });
  });

  it('returns null when a fixed segment or the number of segments differs', () => {
    expect(matchPath('/operations/:id', '/tasks/42')).toBeNull();
    expect(matchPath('/operations/:id', '/operations/42/tasks')).toBeNull();
    expect(matchPath('/operations/:id', '/')).toBeNull();
  });
});
