import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '../components/Sidebar';
import { ask } from '../utils/messages';
import { dockHost } from '../utils/dock-host';
import '../components/sidelight.css';

/** The inline sidebar: the popup's view docked at the right of the page, in a shadow root. */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (document.querySelector('sidelight-sidebar')) return; // already docked: injecting again is harmless
    const ui = await createShadowRootUi(ctx, {
      name: 'sidelight-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true, // keystrokes in the sidebar never reach the page's shortcuts
      onMount(container, _shadow, host) {
        dockHost(host);
        const root = createRoot(container);
        root.render(
          <Sidebar onClose={() => ui.remove()} onOpenOptions={() => void ask('openOptions')} />,
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
