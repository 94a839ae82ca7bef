import { it } from 'vitest';
import { prefixScore, suffixScore, quoteFit, editDistance } from '../../../lib/anchoring/similarity';
it('x', () => {
  const text = 'in the United States\n\t\t\t\t\tAfghanistan’s French Foreign Ministry';
  const at = text.indexOf('Foreign');
  console.log(prefixScore(text, at, 'French '), suffixScore(text, at, 'Foreign Ministry'));
  console.log(editDistance('Russia said', 'Moscow said'), quoteFit('Russia said', 'Moscow said', false));
  console.log(editDistance('Back egoistical top', 'Back to top'), quoteFit('Back egoistical top', 'Back to top', true));
});
