import { titleWithUnreadCount, UnreadTitle, unreadCountAnnouncement } from '../unread-title';

describe('unread count in the title', () => {
  it('puts the count in front and leaves the title alone at zero', () => {
    expect(titleWithUnreadCount('Danube Route · Task-force workspace', 3)).toBe('(3) Danube Route · Task-force workspace');
    expect(titleWithUnreadCount('Danube Route · Task-force workspace', 0)).toBe('Danube Route · Task-force workspace');
    expect(titleWithUnreadCount('Dashboard · Task-force workspace', 99)).toBe('(99) Dashboard · Task-force workspace');
    expect(titleWithUnreadCount('Dashboard · Task-force workspace', 100)).toBe('(99+) Dashboard · Task-force workspace');
  });

  it('follows the count live and drops it at zero', () => {
    const doc = { title: 'Dashboard · Task-force workspace' };
    const title = new UnreadTitle(doc);
    title.setCount(2);
    expect(doc.title).toBe('(2) Dashboard · Task-force workspace');
    title.setCount(3);
    expect(doc.title).toBe('(3) Dashboard · Task-force workspace');
    title.setCount(0);
    expect(doc.title).toBe('Dashboard · Task-force workspace');
  });

  it('keeps the count in front of the titles pages set', () => {
    const doc = { title: 'Dashboard · Task-force workspace' };
    const title = new UnreadTitle(doc);
    title.setCount(3);
    doc.title = 'Joint Operation Danube Route · Task-force workspace';
    title.titleChanged();
    expect(doc.title).toBe('(3) Joint Operation Danube Route · Task-force workspace');
    // Its own writing is not taken for a page's title.
    title.titleChanged();
    expect(doc.title).toBe('(3) Joint Operation Danube Route · Task-force workspace');
    title.setCount(1);
    expect(doc.title).toBe('(1) Joint Operation Danube Route · Task-force workspace');
  });

  it('keeps a page title that itself starts with a number in brackets', () => {
    const doc = { title: '(2) Follow-up · Task-force workspace' };
    const title = new UnreadTitle(doc);
    title.setCount(4);
    expect(doc.title).toBe('(4) (2) Follow-up · Task-force workspace');
    title.setCount(0);
    expect(doc.title).toBe('(2) Follow-up · Task-force workspace');
  });

  it('gives the page its own title back', () => {
    const doc = { title: 'Dashboard · Task-force workspace' };
    const title = new UnreadTitle(doc);
    title.setCount(5);
    title.restore();
    expect(doc.title).toBe('Dashboard · Task-force workspace');
  });
});

describe('what the bell announces', () => {
  it('speaks a fall of the unread count', () => {
    expect(unreadCountAnnouncement(3, 2)).toEqual({ id: 'notifications.unreadAnnouncement', values: { count: 2 } });
    expect(unreadCountAnnouncement(2, 1)).toEqual({ id: 'notifications.unreadAnnouncement', values: { count: 1 } });
    expect(unreadCountAnnouncement(4, 0)).toEqual({ id: 'notifications.unreadAnnouncement', values: { count: 0 } });
  });

  it('leaves a rise to the toast and says nothing before the first count', () => {
    expect(unreadCountAnnouncement(2, 3)).toBeNull();
    expect(unreadCountAnnouncement(2, 2)).toBeNull();
    expect(unreadCountAnnouncement(null, 4)).toBeNull();
  });
});
