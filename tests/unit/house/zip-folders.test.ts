import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { withoutFolderEntries } from '@/scripts/zip-folders';

/** The zip WXT writes (JSZip, the zipper WXT uses, with its folder entries), then without them. */
async function wxtLikeZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', '{"name":"x"}');
  zip.file('_locales/de/messages.json', JSON.stringify({ extName: { message: 'Opposer' } }));
  zip.file('chunks/popup.js', 'console.log(1);'.repeat(50));
  zip.file('icon/16.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('the package zip without folder entries', () => {
  it('keeps every file, byte for byte, and drops only the folders', async () => {
    const before = await wxtLikeZip();
    const original = await JSZip.loadAsync(before);
    expect(Object.keys(original.files).filter((name) => name.endsWith('/')).sort()).toEqual(['_locales/', '_locales/de/', 'chunks/', 'icon/']);

    const after = withoutFolderEntries(before);
    const lean = await JSZip.loadAsync(after, { checkCRC32: true });
    expect(Object.keys(lean.files).sort()).toEqual(['_locales/de/messages.json', 'chunks/popup.js', 'icon/16.png', 'manifest.json']);
    for (const name of Object.keys(lean.files)) {
      expect(await lean.file(name)?.async('nodebuffer'), name).toEqual(await original.file(name)?.async('nodebuffer'));
    }
    expect(after.length).toBeLessThan(before.length);
  });

  it('refuses what is not a zip as WXT writes it', () => {
    expect(() => withoutFolderEntries(Buffer.from('not a zip at all, long enough to have an end'))).toThrow(/end of central directory/);
  });
});
