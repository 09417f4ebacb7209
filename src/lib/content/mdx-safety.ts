/**
 * MDX from contributors is code that runs during the build. This check parses each content MDX
 * file into its syntax tree (never with regular expressions) and rejects, with file:line:col,
 * every construct that could run code or inject behaviour: import/export (ESM), {expressions},
 * JSX components outside the allowlist, on* attributes, attribute expressions, and URLs whose
 * scheme is not http(s) or mailto (or a site-relative path).
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Problem } from './problem.ts';

/** Components an editor may use in content MDX (none yet: plain Markdown covers the prose). */
export const ALLOWED_COMPONENTS: readonly string[] = [];

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

const SAFE_URL = /^(https?:|mailto:|\/(?!\/)|#|\.{0,2}\/)/i;

function urlProblem(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || SAFE_URL.test(trimmed)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return `the address "${trimmed}" uses a scheme other than http(s) or mailto: link to an http(s) address instead`;
  return undefined; // a relative path such as "changes/"
}

export function checkMdxSafety(file: string, source: string): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node, field: string, message: string) =>
    problems.push({ file, line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1, field, message });
  let tree: Node;
  try {
    // Front matter is YAML, validated by the page schema; strip it so the parser sees only MDX.
    // CRLF line ends are normalised first (they are valid MDX; positions keep their line numbers).
    const body = source.replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---(?:\n|$)/, (m) => '\n'.repeat(m.split('\n').length - 1));
    tree = createProcessor().parse(body) as unknown as Node;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    const reason = error instanceof RangeError ? 'nested too deeply to read: flatten the structure' : (e.reason ?? e.message);
    problems.push({ file, line: e.line ?? 1, col: e.column ?? 1, field: '(mdx)', message: `MDX syntax error: ${reason}` });
    return problems;
  }
  // Iterative walk (no recursion): a deep tree cannot overflow the stack here.
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, '(mdx)', 'import/export is not allowed in content MDX (it runs code at build time): remove it');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, '(mdx)', 'a {…} expression is not allowed in content MDX (it runs code at build time): write the text itself, or escape the brace as \\{');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '(fragment)';
        if (!ALLOWED_COMPONENTS.includes(name)) {
          at(node, `<${name}>`, `the component or HTML element <${name}> is not allowed in content MDX: use Markdown instead (allowed components: ${ALLOWED_COMPONENTS.join(', ') || 'none'})`);
        }
        for (const attr of node.attributes ?? []) {
          if (attr.type === 'mdxJsxExpressionAttribute') at(node, `<${name}>`, 'spread attributes {...} are not allowed in content MDX');
          else if (attr.name && /^on/i.test(attr.name)) at(node, `<${name}> ${attr.name}`, `the event handler attribute "${attr.name}" is not allowed: remove it`);
          else if (attr.value && typeof attr.value === 'object') at(node, `<${name}> ${attr.name}`, `the attribute "${attr.name}" has an {…} expression, which runs code: use a plain string`);
          else if (typeof attr.value === 'string' && attr.name && /^(href|src|action|formaction|xlink:href)$/i.test(attr.name)) {
            const problem = urlProblem(attr.value);
            if (problem) at(node, `<${name}> ${attr.name}`, problem);
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const problem = node.url !== undefined ? urlProblem(node.url) : undefined;
        if (problem) at(node, node.type, problem);
        break;
      }
      case 'html':
        at(node, '(mdx)', 'raw HTML is not allowed in content MDX: use Markdown');
        break;
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  return problems;
}
