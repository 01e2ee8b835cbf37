/**
 * Copies text to the clipboard from an extension page. `navigator.clipboard.writeText` needs a focused
 * document and a user gesture (a click or key press, which is when we are called); where it is refused
 * (older Firefox popups, a blurred window) a hidden textarea and `execCommand('copy')` still work.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through to the old way
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  const active = document.activeElement as HTMLElement | null;
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  active?.focus();
  if (!ok) throw new Error('The browser did not allow copying. Select the text and copy it yourself.');
}
