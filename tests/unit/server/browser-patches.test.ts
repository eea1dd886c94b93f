/**
 * The Neo4j Browser archive we serve sends nothing anywhere: the patches turn off what Browser 5.24
 * loads from outside on Community, and refuse to pass silently when a Browser no longer has it.
 * (The end-to-end proof, every request of the real Browser recorded, is in
 * tests/integration/query-neo4j.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { patchBrowserFiles } from '../../../src/server/browser.js';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const text = (b: Uint8Array | undefined): string => Buffer.from(b ?? new Uint8Array()).toString('utf8');

/** Files shaped like Browser 5.24's (minified the same way), written for this test. */
function browserLike(): Record<string, Uint8Array> {
  return {
    'browser/index.html': bytes('<script src="app-0a1b.js"></script>'),
    'browser/app-0a1b.js': bytes(
      't.shouldAllowOutgoingConnections=e=>t.hasEdition(e)&&!t.isEnterprise(e)||t.getAllowOutgoingConnections(e),t.other=1;' +
        'c.init({dsn:"https://abc123@o42.ingest.sentry.io/777",release:"x"});',
    ),
    'browser/ui-libs-0a1b.bundle.js': bytes('t.push([e.i,"@import url(https://fonts.googleapis.com/css2?family=Nunito+Sans:wght@300;400&display=swap);",""])'),
  };
}

describe('the Browser patches', () => {
  it('turn off outgoing connections, Sentry and the Google Fonts import, and nothing else', () => {
    const files = browserLike();
    patchBrowserFiles(files);
    const app = text(files['browser/app-0a1b.js']);
    expect(app).toContain('t.shouldAllowOutgoingConnections=e=>!1,t.other=1;');
    expect(app).toContain('dsn:""');
    expect(app).not.toContain('sentry.io');
    expect(text(files['browser/ui-libs-0a1b.bundle.js'])).toBe('t.push([e.i,"",""])');
    expect(text(files['browser/index.html'])).toBe('<script src="app-0a1b.js"></script>');
  });

  it('fail loudly when a Browser no longer has what they change', () => {
    const files = browserLike();
    files['browser/app-0a1b.js'] = bytes('t.shouldAllowOutgoingConnections=e=>t.somethingElse(e);');
    expect(() => patchBrowserFiles(files)).toThrow(/found nothing to change/);
  });
});
