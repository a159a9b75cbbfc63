import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '../../components/Sidebar';
import { ask } from '../../utils/messages';
import { claimSidebar, releaseSidebar, exposeShadowForTests, onSidebarClose, takeFocusRequest } from './instance';
// Inlined into the shadow root: no stylesheet is fetched from the page, so none is web-accessible.
import sidebarCss from '../../components/sidelight.css?inline';

/** The inline sidebar: the popup's view docked at the right of the page, in a closed shadow root. */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // WXT's postMessage(…, '*') would tell every page this extension's id; its DOM event is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Injecting again is harmless. The check is on this script's own (isolated-world) record, not on the
    // page's DOM: a page that inserts its own <sidelight-sidebar> must not keep the real one away.
    if (!claimSidebar()) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'sidelight-sidebar',
      css: sidebarCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Closed: the page cannot read the matched stories (they reveal the reader's sources) nor click them.
      mode: 'closed',
      isolateEvents: true, // keystrokes in the sidebar never reach the page's shortcuts
      onMount(container, shadow) {
        shadow.querySelector('html')?.setAttribute('lang', 'en');
        exposeShadowForTests(shadow);
        const root = createRoot(container);
        root.render(
          <Sidebar
            takeFocus={takeFocusRequest()}
            onClose={() => ui.remove()}
            onOpenOptions={() => void ask('openOptions')}
            onAddSources={() => void ask('openOptions', { welcome: true })}
          />,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
        releaseSidebar();
      },
    });
    ui.mount();
    onSidebarClose(() => ui.remove());
  },
});
