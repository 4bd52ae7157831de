import type { CombinedError } from '@urql/core';
import { useI18n } from 'vue-i18n';
import { errorCode } from '@/lib/errors';

/** A human sentence in the current language for an error; never the raw server text. */
export function useErrorMessage() {
  const { t } = useI18n();
  return (error: CombinedError | undefined | null): string => {
    const code = errorCode(error);
    return code ? t(`errors.${code}`) : '';
  };
}
