/** YAML that cannot be parsed: a syntax error, a field twice in one mapping. */
import { defineRule, type ReadingRule } from './types.ts';

export const yamlSyntax = defineRule<ReadingRule>({
  kind: 'reading',
  id: 'yaml-syntax',
  summary: 'Every content file is valid YAML, with each field once per mapping.',
  messages: {
    'YAML syntax error': ['check quotes, colons and indentation on that line and the line before', 'yaml-syntax-error'],
    'a field appears twice in the same mapping': ['keep one of them (merge their values)', 'duplicate-key'],
    'the YAML could not be read': ['simplify the file (the message says what the parser stopped at)', 'yaml-unresolved-alias'],
  },
});

export function syntaxErrorMessage(parserMessage: string): string {
  return `YAML syntax error: ${parserMessage.split('\n')[0]} (check quotes, colons and indentation here and on the line before)`;
}

export function duplicateKeyMessage(): string {
  return 'a field appears twice in the same mapping: keep one of them (merge their values)';
}

export function unreadableMessage(parserMessage: string): string {
  return `the YAML could not be read: ${parserMessage.split('\n')[0]}`;
}

