/** `npm run segment -- [--markdown] <file.html|file.txt>`: prints the outline of a saved page or transcript. */
import { segmentDocument, segmentText } from '../lib/adapters';
import { outlineToMarkdown, toOutline } from '../lib/briefing/outline';
import { InputError, loadInput, runCli } from './lib/load-input';

const USAGE = 'usage: npm run segment -- [--markdown] <file.html|file.txt>';

await runCli('segment', () => {
  const args = process.argv.slice(2);
  const markdown = args.includes('--markdown');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new InputError(USAGE);
  const input = loadInput(files[0]);
  const result = input.kind === 'text' ? segmentText(input.text) : segmentDocument(input.document).result;
  const outline = toOutline(result);
  process.stdout.write(markdown ? outlineToMarkdown(outline) : JSON.stringify(outline, null, 2) + '\n');
});
