import { useCallback } from 'react';
import { formatMessage, type Message } from '../../../shared/messages/message';
import { useLocale } from './useLocale';

/**
 * Words a message from the Node side (a refusal, a finding, an import report line) in the interface's
 * language: the one place the renderer turns a key with parameters into text.
 */
export function useMessageText(): (message: Message) => string {
  const locale = useLocale();
  return useCallback((message: Message) => formatMessage(locale, message), [locale]);
}
