import { I18nProvider } from '@lingui/react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { realI18n } from '../../i18n/__tests__/real-catalogues';
import { SharingOutcomeBadge } from '../lead-badges';

/** The badge's markup in `locale`, and the text a sighted reader sees (visually hidden parts left out). */
async function rendered(locale: string, outcome: 'ALLOW' | 'ALLOW_REDACTED' | 'REQUIRES_APPROVAL' | 'DENY') {
  const i18n = await realI18n(locale);
  const markup = renderToStaticMarkup(createElement(I18nProvider, { i18n }, createElement(SharingOutcomeBadge, { outcome })));
  const visible = markup
    .replace(/<span class="tf-visually-hidden">.*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .trim();
  return { markup, visible };
}

describe('the sharing decision badge', () => {
  // The names of the decisions as the translators wrote them in the shell catalogues.
  it.each([
    ['en', 'ALLOW_REDACTED', 'Allowed, redacted'],
    ['fr', 'ALLOW_REDACTED', 'Autorisé, expurgé'],
    ['es', 'REQUIRES_APPROVAL', 'Requiere aprobación'],
    ['ar', 'ALLOW_REDACTED', 'مسموح مع الحجب'],
    ['ar', 'DENY', 'مرفوض'],
    ['en', 'ALLOW', 'Allowed'],
  ] as const)('in %s shows the name of %s, not its code', async (locale, outcome, name) => {
    const { markup, visible } = await rendered(locale, outcome);
    expect(visible).toBe(name);
    expect(markup).toContain(`data-outcome="${outcome}"`);
    expect(markup).toContain('data-testid="sharing-outcome"');
  });
});
