/** What an alert e-mail is made from: how many notifications wait, how many of them are urgent, and where to go. */
export interface AlertEmailFacts {
  /** The person's display name. */
  displayName: string;
  /** Unread notifications the e-mail is about (at least 1). */
  waiting: number;
  /** How many of them are urgent. */
  urgent: number;
  /** The workspace's address (https://…), where the person signs in to read them. */
  link: string;
}

/**
 * The alert e-mail for notifications a person has not seen: subject and plain text. It carries no notification's
 * title, body or kind, no agency, operation, lead or task name: only that something needs the person's attention,
 * how many, and a link. E-mail leaves the workspace's protection (servers, mailboxes, forwarding), and a notification
 * may be about something marked above TLP:GREEN or under a handling code, so nothing of it travels (TLP 2.0, FIRST:
 * TLP:AMBER and above is not for unrestricted channels).
 */
export function alertEmail(facts: AlertEmailFacts): { subject: string; text: string } {
  const what = facts.waiting === 1 ? '1 notification' : `${facts.waiting} notifications`;
  const urgent = facts.urgent > 0 ? ` (${facts.urgent} urgent)` : '';
  return {
    subject: facts.urgent > 0 ? 'Urgent: something needs your attention in the task-force workspace' : 'Something needs your attention in the task-force workspace',
    text: [
      `Hello ${facts.displayName},`,
      '',
      `${what}${urgent} in the task-force workspace ${facts.waiting === 1 ? 'is' : 'are'} waiting for you.`,
      `Sign in to read ${facts.waiting === 1 ? 'it' : 'them'}: ${facts.link}`,
      '',
      'For your protection this e-mail says nothing about what they concern.',
      'You receive it because you have not been active in the workspace since they arrived; you can mute kinds of notifications and set quiet hours under Settings.',
    ].join('\n'),
  };
}
