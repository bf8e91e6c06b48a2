import { alertEmail } from '../alert-email';

describe('alert e-mail', () => {
  it.each([
    [1, 0, 'Something needs your attention in the task-force workspace', '1 notification in the task-force workspace is waiting for you.', 'Sign in to read it: https://tf.example.org'],
    [3, 1, 'Urgent: something needs your attention in the task-force workspace', '3 notifications (1 urgent) in the task-force workspace are waiting for you.', 'Sign in to read them: https://tf.example.org'],
  ])('%p waiting, %p urgent', (waiting, urgent, subject, line, signIn) => {
    const mail = alertEmail({ displayName: 'Ioana Popescu', waiting, urgent, link: 'https://tf.example.org' });
    expect(mail.subject).toBe(subject);
    expect(mail.text.split('\n').slice(0, 4)).toEqual(['Hello Ioana Popescu,', '', line, signIn]);
  });
});
