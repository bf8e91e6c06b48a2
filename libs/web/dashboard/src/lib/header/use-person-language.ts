import { useMutation, useQuery } from '@apollo/client/react';
import { isLanguage, type Language } from '@taskforce/domain';
import { ME_QUERY, SET_MY_LANGUAGE_MUTATION } from '@taskforce/web-data-access';
import { readSavedLanguage, useLanguage } from '@taskforce/web-ui';
import { useCallback, useEffect, useRef } from 'react';

/**
 * Keeps the shown language and the signed-in person's stored one (`User.language`) together: when the server's copy
 * names a language (chosen in another browser, say), it is shown; when it names none and one was chosen in this
 * browser (on the sign-in screen), that one is stored. Returns the function that stores a new choice.
 */
export function usePersonLanguage(): (language: Language) => Promise<void> {
  const { language, setLanguage } = useLanguage();
  const me = useQuery(ME_QUERY, { fetchPolicy: 'cache-first' });
  const [store] = useMutation(SET_MY_LANGUAGE_MUTATION);
  const fresh = me.data?.me;
  const stored = fresh?.language ?? null;
  const shown = useRef(language);
  shown.current = language;

  // Only a change of the server's copy acts here: a choice just made in this page is stored, then comes back equal.
  useEffect(() => {
    if (!fresh) return;
    if (isLanguage(stored)) {
      if (stored !== shown.current) void setLanguage(stored);
      return;
    }
    const saved = readSavedLanguage();
    if (saved) void store({ variables: { input: { language: saved } } }).catch(() => undefined);
  }, [fresh?.id, stored]);

  return useCallback(
    async (next: Language) => {
      await store({ variables: { input: { language: next } } }).catch(() => undefined);
    },
    [store],
  );
}
