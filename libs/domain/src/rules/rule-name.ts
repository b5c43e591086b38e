import { msg } from '../i18n/message-params';
import type { MessageRef } from '../i18n/message-params';
import type { Rule } from './rule-types';

/** A rule's plain-language name: its own title when the jurisdiction gave one, else the built-in one. */
export function ruleName(rule: Rule): MessageRef {
  return rule.title === undefined ? msg('rule.name', { code: rule.code, value: rule.value }) : msg('text', { text: rule.title });
}
