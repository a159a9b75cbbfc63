import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '../components/Sidebar';
import { ask } from '../utils/messages';
// Inlined into the shadow root: no stylesheet is fetched from the page, so none is web-accessible.
import sidebarCss from '../components/sidelight.css?inline';

/** The inline sidebar: the popup's view docked at the right of the page, in a shadow root. */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (document.querySelector('sidelight-sidebar')) return; // already docked: injecting again is harmless
    const ui = await createShadowRootUi(ctx, {
      name: 'sidelight-sidebar',
      css: sidebarCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true, // keystrokes in the sidebar never reach the page's shortcuts
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <Sidebar
            onClose={() => ui.remove()}
            onOpenOptions={() => void ask('openOptions')}
            onAddSources={() => void ask('openOptions', { welcome: true })}
          />,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});
