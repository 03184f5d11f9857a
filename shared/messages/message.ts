import type { Locale } from '../format/locale';
import { en, type MessageKey } from './en';
import { ru } from './ru';

export type { MessageKey } from './en';

/** A name that exists in both languages already (an МСК zone's «МСК-62, зона 1 (Рязанская область)»). */
export interface Wording {
  readonly en: string;
  readonly ru: string;
}

/**
 * A parameter value: text as given, numbers worded per language (decimal comma in Russian), a name given
 * in both languages, and a message inside a message (the reason a split was refused, inside "Cannot split
 * plot Р-12: …"), worded in the same language; a list of them reads joined by "; ".
 */
export type MessageParam = string | number | Wording | Message | readonly Message[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A message as data: worded once per language, where it is shown. */
export interface Message {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

const TEXTS: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, ru };

export const isMessageKey = (value: unknown): value is MessageKey => typeof value === 'string' && Object.hasOwn(en, value);

const isMessageList = (value: MessageParam): value is readonly Message[] => Array.isArray(value);
const isWording = (value: Wording | Message): value is Wording => !('key' in value);

function wordParam(locale: Locale, value: MessageParam | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (isMessageList(value)) return value.map((inner) => formatMessage(locale, inner)).join('; ');
  if (typeof value === 'object') return isWording(value) ? value[locale] : formatMessage(locale, value);
  if (!Number.isFinite(value)) return String(value);
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: 6, useGrouping: false }).format(value);
}

/**
 * Words a message in a language: {{name}} takes the parameter, a missing one reads as empty.
 *
 * @example
 * formatMessage('ru', { key: 'failure.storeError', params: { text: 'disk full' } }); // 'Ошибка файла проекта: disk full'
 */
export function formatMessage(locale: Locale, message: Message): string {
  const template = TEXTS[locale][message.key];
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => wordParam(locale, message.params[name]));
}

/** The message with its parameters, for places that build one inline. */
export const message = (key: MessageKey, params: MessageParams = {}): Message => ({ key, params });
