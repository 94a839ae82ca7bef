/**
 * Copying from the sidebar frame. The async Clipboard API needs the frame's `clipboard-write`
 * permission (the page half sets `allow` on the iframe); where it is refused, the older
 * `execCommand('copy')` on a hidden textarea of our own document still works on a click.
 */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    // Ask the permissions policy first where the browser can say: a refused call logs an error.
    const policy = (doc as Document & { featurePolicy?: { allowsFeature(f: string): boolean } }).featurePolicy;
    if (policy && !policy.allowsFeature('clipboard-write')) throw new Error('clipboard-write not allowed here');
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
