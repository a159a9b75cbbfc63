import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar, type SidebarDock } from '../../components/Sidebar';
import { DEFAULT_WIDTH, narrowPage } from '../../utils/sidebar/dock';
import { rememberWidth, widthFor } from '../../utils/sidebar/widths';
import { ask } from '../../utils/messages';
import { claimSidebar, releaseSidebar, exposeShadowForTests, onSidebarClose, takeFocusRequest } from './instance';
// Inlined into the shadow root: no stylesheet is fetched from the page, so none is web-accessible.
import { applyUiLocale } from '../../utils/format/ui-locale';
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
    applyUiLocale();
    const site = location.origin;
    const dock: SidebarDock = {
      width: (await widthFor(site).catch(() => null)) ?? DEFAULT_WIDTH,
      viewportWidth: () => window.innerWidth,
      layout: (mode, width) => narrowPage(document, mode === 'docked' ? width : 0),
      rememberWidth: (width) => void rememberWidth(site, width).catch(() => undefined),
    };
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
            dock={dock}
            onClose={() => ui.remove()}
            onOpenOptions={() => void ask('openOptions')}
            onAddSources={() => void ask('openOptions', { welcome: true })}
          />,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
        narrowPage(document, 0); // the page gets its room back
        releaseSidebar();
      },
    });
    ui.mount();
    onSidebarClose(() => ui.remove());
  },
});
