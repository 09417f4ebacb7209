// Runs the content check over content/ and prints every problem as `file:line:col [field] message`.
// Exit code 1 when there is any problem. Under GitHub Actions each problem is also emitted as a
// workflow annotation so it shows on the pull request's file and line.
import { checkContent, formatProblem } from '../src/lib/content/check.ts';

const contentDir = process.argv[2];
const { problems, counts } = checkContent({ root: process.cwd(), ...(contentDir ? { contentDir } : {}) });

for (const problem of problems) {
  console.error(formatProblem(problem));
  if (process.env['GITHUB_ACTIONS'] === 'true') {
    const message = `[${problem.field || '(file)'}] ${problem.message}`.replace(/%/g, '%25').replace(/\r?\n/g, '%0A');
    console.log(`::error file=${problem.file},line=${problem.line},col=${problem.col},title=Content check::${message}`);
  }
}
if (problems.length > 0) {
  console.error(`\nContent check: ${problems.length} problem(s). Fix them in the files named above; docs/content-model.md and CONTRIBUTING.md explain each field.`);
  process.exit(1);
}
const summary = Object.entries(counts).map(([name, n]) => `${name} ${n}`).join(', ');
console.log(`Content check passed: ${summary}.`);
